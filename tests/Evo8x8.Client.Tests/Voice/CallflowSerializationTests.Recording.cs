using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice;

namespace Evo8x8.Client.Tests.Voice;

public sealed partial class CallflowSerializationTests
{
    [Fact]
    public void Build_MakeCallWithRecordingAndClientRequestId_WritesBothWhere8x8ShowsThem()
    {
        Callflow callflow = new CallflowBuilder()
            .ClientRequestId("Request-Id-Client-Confirmation-1200")
            .MakeCall("+6568332048", "+6591178965", callRecording: true)
            .Build();

        Fixtures.AssertJsonEqual(
            """
            {
              "clientRequestId": "Request-Id-Client-Confirmation-1200",
              "callflow": [
                { "action": "makeCall", "params": { "source": "+6568332048", "destination": "+6591178965", "callRecording": true } }
              ]
            }
            """,
            callflow.ToJson());
        Assert.Equal("Request-Id-Client-Confirmation-1200", callflow.ClientRequestId);
        Assert.Equal(true, Assert.IsType<MakeCallAction>(Assert.Single(callflow.Actions)).CallRecording);
    }

    [Fact]
    public void Build_NoRecordingAndNoClientRequestId_WritesNeither()
    {
        string json = new CallflowBuilder().MakeCall("+6568332048", "+6591178965").Build().ToJson();

        Assert.DoesNotContain("callRecording", json, StringComparison.Ordinal);
        Assert.DoesNotContain("clientRequestId", json, StringComparison.Ordinal);
    }
}
