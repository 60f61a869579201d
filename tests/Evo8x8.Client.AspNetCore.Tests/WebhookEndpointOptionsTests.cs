namespace Evo8x8.Client.AspNetCore.Tests;

public sealed class WebhookEndpointOptionsTests
{
    [Fact]
    public void ToString_WhileRotating_HidesEveryAcceptedValueButShowsTheSources()
    {
        var options = new WebhookEndpointOptions { AuthorizationHeaderValue = "Bearer current-secret" };
        options.AuthorizationHeaderValues.Add("Bearer previous-secret");
        options.AllowedSources.Add(WebhookSourceAddresses.EightByEightVoicePreset);

        string text = options.ToString();

        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
        Assert.Contains("AuthorizationHeaderValues = 1 value(s)", text, StringComparison.Ordinal);
        Assert.Contains("8x8-voice", text, StringComparison.Ordinal);
    }
}
