namespace Evo8x8.Client.Ccai.Apps;

/// <summary>The calls resource of a <see cref="CcaiAppsClient"/>: checks the input, then sends through the client.</summary>
internal sealed class CcaiCallsApi(CcaiAppsClient client) : ICcaiCallsApi
{
    public Task<SessionMetadata> CreateOutboundAsync(NewOutboundCall call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentException.ThrowIfNullOrWhiteSpace(call.AgentEmail, nameof(call));
        return client.SendAsync(token => client.Routes.CreateOutboundCallAsync(call, token), "the created call", cancellationToken);
    }

    public Task<SessionMetadata> CreateInboundAsync(NewInboundCall call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentException.ThrowIfNullOrWhiteSpace(call.EndUserNumber, nameof(call));
        return client.SendAsync(token => client.Routes.CreateInboundCallAsync(call, token), "the created call", cancellationToken);
    }

    public Task<SessionMetadata> ScheduleAsync(NewScheduledCall call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentException.ThrowIfNullOrWhiteSpace(call.EndUserNumber, nameof(call));
        if (call.MenuId is null && call.CallId is null)
        {
            throw new ArgumentException("A scheduled call needs MenuId or CallId.", nameof(call));
        }

        return client.SendAsync(token => client.Routes.CreateScheduledCallAsync(call, token), "the scheduled call", cancellationToken);
    }
}
