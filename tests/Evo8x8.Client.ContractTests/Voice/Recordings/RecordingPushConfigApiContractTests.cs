using Evo8x8.Client.Voice.Recordings;

namespace Evo8x8.Client.ContractTests.Voice.Recordings;

/// <summary><c>GET</c>, <c>POST</c> and <c>DELETE /recording-push-config</c> against WireMock.Net with the OpenAPI file's examples.</summary>
public sealed class RecordingPushConfigApiContractTests : IDisposable
{
    private readonly VoiceContract _voice = new();

    [Fact]
    public async Task GetAsync_OpenApiExample_SendsGetAndReadsTheConfig()
    {
        _voice.Stub("GET", "/recording-push-config", 200, "get-recording-push-config-information.200.json");

        RecordingPushConfig config = await _voice.Client.RecordingPushConfig.GetAsync();

        _voice.AssertSingleRequest("GET", "/recording-push-config");
        AssertOpenApiConfig(config);
        Assert.Null(config.Delete);
    }

    [Fact]
    public async Task CreateAsync_DocumentedS3Config_PostsItsBodyWithThePasswordAndReadsTheConfig()
    {
        _voice.Stub("POST", "/recording-push-config", 200, "create-a-new-recording-push-config.200.json");
        var config = new NewRecordingPushConfig
        {
            Protocol = RecordingPushProtocol.S3,
            Host = "ap-southeast-2",
            Port = 13,
            Username = "myusername",
            Password = "mypassword",
            Path = "/my-recordings-path/",
        };

        RecordingPushConfig created = await _voice.Client.RecordingPushConfig.CreateAsync(config);

        _voice.AssertSingleRequest("POST", "/recording-push-config", "create-a-new-recording-push-config.request.json");
        AssertOpenApiConfig(created);
    }

    [Fact]
    public async Task DeleteAsync_Answer_SendsDeleteAndReadsTheDeletedConfig()
    {
        _voice.Stub("DELETE", "/recording-push-config", 200, "delete-recording-push-config.200.json");

        RecordingPushConfig deleted = await _voice.Client.RecordingPushConfig.DeleteAsync();

        _voice.AssertSingleRequest("DELETE", "/recording-push-config");
        AssertOpenApiConfig(deleted);
        Assert.True(deleted.Delete);
    }

    public void Dispose() => _voice.Dispose();

    private static void AssertOpenApiConfig(RecordingPushConfig config)
    {
        Assert.Equal("XXXX", config.SubAccountId);
        Assert.Equal(RecordingPushProtocol.Ftp, config.Protocol);
        Assert.Equal("ftp.sample.com", config.Host);
        Assert.Equal(21, config.Port);
        Assert.Equal("username", config.Username);
        Assert.True(config.PasswordSet);
        Assert.Equal("/path/to/folder", config.Path);
        Assert.Equal(0, config.StatusCode);
        Assert.Equal("ok", config.StatusMessage);
    }
}
