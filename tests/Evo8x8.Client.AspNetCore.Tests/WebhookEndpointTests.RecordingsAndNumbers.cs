using System.Net;
using Evo8x8.Client.Voice.Webhooks;

namespace Evo8x8.Client.AspNetCore.Tests;

public sealed partial class WebhookEndpointTests
{
    [Fact]
    public async Task Post_RecordingStatus_ReachesItsOwnHandlerMethodOnly()
    {
        using HttpResponseMessage response = await PostAsync(Fixture("vru-upload-completed.json"), Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        CallRecordingStatusEvent recording = Assert.Single(_recorder.RecordingStatuses);
        Assert.Equal("eef54fc2-065a-11ec-bce9-ed1000154345", recording.Payload.RecordingId);
        Assert.Empty(_recorder.Events);
    }

    [Fact]
    public async Task Post_VirtualNumberUpdateToAHandlerWithoutItsMethod_ReachesHandleAsync()
    {
        using HttpResponseMessage response = await PostAsync(Fixture("vnu-updates.json"), Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        VirtualNumberUpdateEvent update = Assert.IsType<VirtualNumberUpdateEvent>(Assert.Single(_recorder.Events));
        Assert.Equal(2, update.Payload.VirtualNumbers.Count);
        Assert.Empty(_recorder.RecordingStatuses);
    }
}
