using Evo8x8.Client.AspNetCore.Deduplication;
using Microsoft.Extensions.Hosting;

namespace Evo8x8.Client.AspNetCore.Redis;

/// <summary>Opens the Redis connection of the claim store while the application starts, before Kestrel accepts deliveries.</summary>
internal sealed class RedisWebhookClaimStoreStartup(IWebhookClaimStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
        => store is RedisWebhookClaimStore redis ? redis.ConnectedAsync(cancellationToken) : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
