using Evo8x8.Client.Voice;

namespace Evo8x8.Client.Tests.Voice;

public sealed class VoiceClientOptionsTests
{
    [Fact]
    public void ToString_NeverShowsTheApiKey()
    {
        var options = new VoiceClientOptions { ApiKey = "sk-secret-value", SubAccountId = "8x8_test" };

        Assert.DoesNotContain("sk-secret-value", options.ToString(), StringComparison.Ordinal);
        Assert.Contains("***", options.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "8x8_test", "https://voice.8x8.com", "ApiKey is missing")]
    [InlineData("key", "", "https://voice.8x8.com", "SubAccountId is missing")]
    [InlineData("key", "a b", "https://voice.8x8.com", "does not match 8x8's pattern")]
    [InlineData("key", "8x8_test", "http://voice.example.com", "must use https")]
    public void Constructor_BadOption_ThrowsNamingTheSettingAndTheFix(string apiKey, string subAccountId, string baseAddress, string expected)
    {
        var options = new VoiceClientOptions { ApiKey = apiKey, SubAccountId = subAccountId, BaseAddress = new Uri(baseAddress) };

        ArgumentException ex = Assert.Throws<ArgumentException>(() => new VoiceClient(options));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_HttpToLoopback_IsAllowedForTheEmulator()
    {
        var options = new VoiceClientOptions { ApiKey = "key", SubAccountId = "8x8_test", BaseAddress = new Uri("http://127.0.0.1:5000") };

        Assert.NotNull(new VoiceClient(options).Callflows);
    }
}
