namespace Evo8x8.Client.AspNetCore;

/// <summary>Addresses 8x8 publishes for its webhook deliveries, to use in <see cref="WebhookEndpointOptions.AllowedSources"/>.</summary>
public static class WebhookSourceAddresses
{
    /// <summary>
    /// The name of the 8x8 voice preset in <see cref="WebhookEndpointOptions.AllowedSources"/> (also in configuration):
    /// it stands for every address of <see cref="EightByEightVoice"/>.
    /// </summary>
    public const string EightByEightVoicePreset = "8x8-voice";

    /// <summary>
    /// The outbound addresses of 8x8 voice webhooks as published by 8x8 ("updated on January 1st, 2026", one region: Asia
    /// Pacific, Singapore); check 8x8's page when deliveries are refused with 403 after 8x8 changes them.
    /// </summary>
    public static IReadOnlyList<string> EightByEightVoice { get; } =
        ["18.140.80.2", "52.220.253.234", "54.255.116.8", "52.74.232.241"];
}
