using System.Text.Json;
using Evo8x8.Client.Evo.Json;
using Evo8x8.Client.Evo;
using Evo8x8.Client.Tests.Infrastructure;

namespace Evo8x8.Client.Tests.Evo;

public sealed class NewSessionTests
{
    [Fact]
    public void OutgoingCall_WithDisplayName_SerializesOnlyWhatIsSet()
    {
        NewSession session = NewSession.OutgoingCall("+15551234567", fromPhoneNumber: "+15557654321") with { DisplayName = "Follow-up" };

        string json = JsonSerializer.Serialize(session, EvoJsonContext.Default.NewSession);

        Fixtures.AssertJsonEqual(Fixtures.Read("Evo/Fixtures/new-session-outgoing-call.json"), json);
    }

    [Fact]
    public void OutgoingCall_Defaults_LeaveCallStateToEvo()
    {
        NewSession session = NewSession.OutgoingCall("+15551234567");

        Assert.Equal(FlowChannel.Voice, session.Channel);
        Assert.Equal(SessionDirection.Outgoing, session.Direction);
        Assert.Null(session.CallState);
        Assert.Null(session.FromPhoneNumber);
        Assert.False(session.StartSession);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void OutgoingCall_BlankDestination_Throws(string destination)
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => NewSession.OutgoingCall(destination));

        Assert.Equal("destination", error.ParamName);
    }

    [Fact]
    public void Serialize_EveryField_UsesSeed003Names()
    {
        var session = new NewSession
        {
            DisplayName = "d",
            Channel = FlowChannel.Chat,
            Direction = SessionDirection.Incoming,
            CallState = SessionCallState.Ringing,
            FromAddress = "fa",
            FromName = "fn",
            ToAddress = "ta",
            ParentSessionId = "p",
            CustomerId = "c",
            WithAddress = "user:u1",
            FromPhoneNumber = "fp",
            Destination = "dest",
            MemberEmailAddresses = ["a@example.com"],
            StartSession = true,
        };

        string json = JsonSerializer.Serialize(session, EvoJsonContext.Default.NewSession);

        Fixtures.AssertJsonEqual(
            """
            {"displayName":"d","channel":"Chat","direction":"Incoming","callState":"Ringing","fromAddress":"fa","fromName":"fn",
             "toAddress":"ta","parentSessionId":"p","customerId":"c","withAddress":"user:u1","fromPhoneNumber":"fp",
             "destination":"dest","memberEmailAddresses":["a@example.com"],"startSession":true}
            """,
            json);
    }
}
