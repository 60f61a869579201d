using Microsoft.Extensions.Options;

namespace Evo8x8.Client.AspNetCore.Pipeline;

/// <summary>
/// Where the rules come from: fixed options, or <see cref="IOptionsMonitor{TOptions}"/> so that secrets rotate without a
/// restart. A changed options instance is validated once and cached until it changes again.
/// </summary>
internal sealed class WebhookRulesSource
{
    private readonly Func<WebhookEndpointOptions> _currentOptions;
    private volatile Snapshot _snapshot;

    private WebhookRulesSource(Func<WebhookEndpointOptions> currentOptions)
    {
        _currentOptions = currentOptions;
        WebhookEndpointOptions options = currentOptions();

        // Validated eagerly: a mistake in the options at startup fails the startup, not the first delivery.
        _snapshot = new Snapshot(options, WebhookRules.Compile(options), null);
    }

    public static WebhookRulesSource Fixed(WebhookEndpointOptions options) => new(() => options);

    public static WebhookRulesSource Monitored(IOptionsMonitor<WebhookEndpointOptions> monitor) => new(() => monitor.CurrentValue);

    /// <summary>The rules for the current options, or <see langword="null"/> with the reason when they are invalid.</summary>
    public WebhookRules? Current(out string? invalidReason)
    {
        WebhookEndpointOptions options = _currentOptions();
        Snapshot snapshot = _snapshot;
        if (!ReferenceEquals(snapshot.Options, options))
        {
            try
            {
                snapshot = new Snapshot(options, WebhookRules.Compile(options), null);
            }
            catch (InvalidOperationException ex)
            {
                snapshot = new Snapshot(options, null, ex.Message);
            }

            _snapshot = snapshot;
        }

        invalidReason = snapshot.InvalidReason;
        return snapshot.Rules;
    }

    private sealed record Snapshot(WebhookEndpointOptions Options, WebhookRules? Rules, string? InvalidReason);
}
