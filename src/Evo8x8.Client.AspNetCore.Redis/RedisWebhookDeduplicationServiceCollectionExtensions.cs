using Evo8x8.Client.AspNetCore.Deduplication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Evo8x8.Client.AspNetCore.Redis;

/// <summary>Turns on de-duplication of 8x8 webhook deliveries across instances, with claims in Redis.</summary>
public static class RedisWebhookDeduplicationServiceCollectionExtensions
{
    /// <summary>
    /// De-duplicates deliveries for every 8x8 webhook endpoint, filter and attribute of the application with a
    /// <see cref="RedisWebhookClaimStore"/> on the given server. The connection is opened and checked while the
    /// application starts (an unreachable server fails the start or logs one error, see
    /// <see cref="WebhookDeduplicationOptions.FailStartupWhenStoreUnavailable"/>), then fails fast while Redis is
    /// unreachable, so a delivery never waits for it. Add <c>AddHealthChecks().AddEightByEightWebhookClaimStore()</c> to watch it.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="redisConfiguration">A StackExchange.Redis configuration string, for example <c>127.0.0.1:6379</c>.</param>
    /// <param name="configure">Sets the window, the lease, the key prefix (one per environment sharing the server) and what happens when Redis is unreachable.</param>
    /// <returns>The same services, to chain calls.</returns>
    public static IServiceCollection AddEightByEightWebhookDeduplicationOnRedis(
        this IServiceCollection services,
        string redisConfiguration,
        Action<WebhookDeduplicationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(redisConfiguration);
        ConfigurationOptions options = ConfigurationOptions.Parse(redisConfiguration);

        // Deliveries must be answered quickly: no waiting for a first connection, no queueing while disconnected.
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;

        services.AddEightByEightWebhookDeduplication(configure);
        services.Replace(ServiceDescriptor.Singleton<IWebhookClaimStore>(_ => new RedisWebhookClaimStore(ConnectAsync(options), ownsConnection: true)));
        return services;
    }

    // With AbortOnConnectFail off, ConnectAsync can return before the connection is up; under load that took seconds,
    // and fail-fast commands in that time would bypass de-duplication. Wait for it, never longer than ConnectTimeout.
    private static async Task<IConnectionMultiplexer> ConnectAsync(ConfigurationOptions options)
    {
        ConnectionMultiplexer connection = await ConnectionMultiplexer.ConnectAsync(options).ConfigureAwait(false);
        long deadline = Environment.TickCount64 + options.ConnectTimeout;
        while (!connection.IsConnected && Environment.TickCount64 < deadline)
        {
            await Task.Delay(50).ConfigureAwait(false);
        }

        return connection;
    }
}
