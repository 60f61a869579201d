using System.Net;
using Evo8x8.Client.Core;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice.Recordings;
using Evo8x8.Client.Voice;

namespace Evo8x8.Client.Tests.Voice.Recordings;

public sealed class RecordingPushConfigApiTests
{
    private const string Folder = "Voice/Recordings/Fixtures/";
    private const string Password = "mypassword";

    private static readonly NewRecordingPushConfig OpenApiDefault = new()
    {
        Protocol = RecordingPushProtocol.S3,
        Host = "ap-southeast-2",
        Port = 13,
        Username = "myusername",
        Password = Password,
        Path = "/my-recordings-path/",
    };

    [Fact]
    public async Task GetAsync_OpenApiExample_SendsGetAndReadsEveryField()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Fixture(200, Folder + "recording-push-config-get.json"));

        RecordingPushConfig config = await voice.Client.RecordingPushConfig.GetAsync();

        voice.AssertSingleRequest("GET", "/recording-push-config");
        Assert.Null(config.Delete);
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

    [Fact]
    public async Task CreateAsync_OpenApiDefault_SendsEveryFieldAndReadsTheStoredConfig()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Fixture(200, Folder + "recording-push-config-create.json"));

        RecordingPushConfig config = await voice.Client.RecordingPushConfig.CreateAsync(OpenApiDefault);

        voice.AssertSingleRequest("POST", "/recording-push-config", Fixtures.Read(Folder + "recording-push-config-create-request.json"));
        Assert.False(config.Delete);
        Assert.Equal(RecordingPushProtocol.S3, config.Protocol);
        Assert.Equal(13, config.Port);
        Assert.True(config.PasswordSet);
    }

    [Fact]
    public async Task CreateAsync_InvalidParam_ThrowsVoiceApiExceptionWithoutThePassword()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Fixture(422, Folder + "recording-push-config-create-422.json"));

        VoiceApiException error = await Assert.ThrowsAsync<VoiceApiException>(() => voice.Client.RecordingPushConfig.CreateAsync(OpenApiDefault));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.HttpStatus);
        Assert.Equal(1009, error.StatusCode?.Value);
        Assert.Equal("1009", error.ErrorCode);
        Assert.Equal("Invalid param: port", error.ServiceMessage);
        Assert.Equal("5b0c1e7a-8e07-11ea-864e-1961d882f548", error.RequestId);
        Assert.DoesNotContain(Password, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteAsync_Success_SendsDeleteAndReadsTheRemovedConfig()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Fixture(200, Folder + "recording-push-config-delete.json"));

        RecordingPushConfig config = await voice.Client.RecordingPushConfig.DeleteAsync();

        voice.AssertSingleRequest("DELETE", "/recording-push-config");
        Assert.True(config.Delete);
        Assert.Equal("ftp.sample.com", config.Host);
    }

    [Fact]
    public async Task GetAsync_ForbiddenWithoutBody_ThrowsWithAPermissionHint()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Text(403, string.Empty, "text/plain"));

        Evo8x8ApiException error = await Assert.ThrowsAsync<Evo8x8ApiException>(() => voice.Client.RecordingPushConfig.GetAsync());

        Assert.Equal(HttpStatusCode.Forbidden, error.HttpStatus);
        Assert.Contains("permissions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NewRecordingPushConfig_ToString_MasksThePassword()
    {
        string text = OpenApiDefault.ToString();

        Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
        Assert.Contains("Password = ***", text, StringComparison.Ordinal);
        Assert.Contains("ap-southeast-2", text, StringComparison.Ordinal);
    }
}
