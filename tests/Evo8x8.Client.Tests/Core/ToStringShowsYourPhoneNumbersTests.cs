using System.Text.Json;
using Evo8x8.Client.Evo;
using Evo8x8.Client.Evo.Json;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice;
using Evo8x8.Client.Voice.Webhooks;

namespace Evo8x8.Client.Tests.Core;

/// <summary>
/// The documented decision (core README, "Your own data is not masked"): ToString() of your events and actions
/// shows their phone numbers (a session prints its type name); the SDK's own texts mask them. A change here is a change of that decision.
/// </summary>
public sealed class ToStringShowsYourPhoneNumbersTests
{
    [Fact]
    public void CallActionEvent_ToString_ShowsSourceAndDestination()
    {
        WebhookEvent parsed = WebhookParser.Default.Parse(Fixtures.Read("Voice/Webhooks/Fixtures/vca-call-received.json"));

        string text = parsed.ToString();

        Assert.IsType<CallActionEvent>(parsed);
        Assert.Contains("+6591178965", text, StringComparison.Ordinal);
        Assert.Contains("+6568332048", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Callflow_ToString_ShowsTheNumbersItDials()
    {
        Callflow flow = new CallflowBuilder().MakeCall(source: "+6588000000", destination: "+6590000000").Say("Hello", "en-US-JennyNeural").Build();

        Assert.Contains("+6590000000", flow.ToJson(), StringComparison.Ordinal);
        Assert.Contains("+6590000000", flow.Actions[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SessionInfo_ToString_IsItsTypeNameOnly()
    {
        SessionInfo session = JsonSerializer.Deserialize(Fixtures.Read("Evo/Fixtures/seed-002-session-info.json"), EvoJsonContext.Default.SessionInfo)!;

        Assert.Equal(typeof(SessionInfo).FullName, session.ToString());
    }
}
