using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using System.Text;
using Evo8x8.Client.Voice.Json;
using Evo8x8.Client.Voice.Webhooks;

namespace Evo8x8.Client.Tests.Voice.Webhooks;

/// <summary>
/// Holds <see cref="WebhookParser"/> to the serializer's own reading of a body: both refuse it at the same JSON path
/// and line, or both read it (then the caller compares what they read).
/// </summary>
internal static class ReferenceReading
{
    // The serializer's own reading of the call event contracts: the package's context with duplicate keys refused.
    private static readonly JsonSerializerOptions Options = new(VoiceJsonContext.Default.Options) { AllowDuplicateProperties = false };

    public static JsonTypeInfo<CallActionEvent> CallAction { get; } = (JsonTypeInfo<CallActionEvent>)Options.GetTypeInfo(typeof(CallActionEvent));

    public static JsonTypeInfo<CallStatusEvent> CallStatus { get; } = (JsonTypeInfo<CallStatusEvent>)Options.GetTypeInfo(typeof(CallStatusEvent));

    /// <summary>The call event fixtures of the usual shape, which the parser reads member by member.</summary>
    public static TheoryData<string> UsualCallEventFixtures =>
    [
        "vca-call-received.json", "vca-dtmf-in-event-data.json", "vca-dtmf-in-payload.json", "vcs-call-connected.json",
        "quirk-unknown-members-call-event.json", "quirk-eventtype-before-payload.json",
    ];

    /// <summary>A call event fixture of the test project, and whether it is a call action (else a call status).</summary>
    public static byte[] CallEventFixture(string fixture, out bool action)
    {
        byte[] body = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Voice", "Webhooks", "Fixtures", fixture));
        action = Encoding.UTF8.GetString(body).Contains("\"CALL_ACTION\"", StringComparison.Ordinal);
        return body;
    }

    /// <summary>The serializer's and the parser's readings of a body both read; false when both refused it alike.</summary>
    public static bool BothRead<T>(byte[] body, Func<byte[], T?> serializer, out T? expected, out WebhookEvent actual)
        where T : class
    {
        expected = null;
        actual = null!;
        JsonException? expectedError = null;
        try
        {
            expected = serializer(body);
        }
        catch (JsonException ex)
        {
            expectedError = ex;
        }

        WebhookParseException? actualError = null;
        try
        {
            actual = WebhookParser.Default.Parse(body);
        }
        catch (WebhookParseException ex)
        {
            actualError = ex;
        }

        string text = Encoding.UTF8.GetString(body);
        if (expectedError is not null)
        {
            Assert.True(actualError is not null, $"The serializer refuses this body ({expectedError.Message}) but the parser read it: {text}");
            Assert.True(expectedError.Path == actualError.Path, $"Path {actualError.Path} instead of {expectedError.Path} for {text}");
            Assert.True(expectedError.LineNumber + 1 == actualError.LineNumber, $"Line {actualError.LineNumber} instead of {expectedError.LineNumber + 1} for {text}");
            return false;
        }

        Assert.True(actualError is null, $"The serializer reads this body but the parser refuses it ({actualError?.Message}): {text}");
        return true;
    }
}
