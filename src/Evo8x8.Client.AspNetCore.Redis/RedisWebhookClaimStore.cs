using Evo8x8.Client.AspNetCore.Deduplication;
using NodaTime;
using StackExchange.Redis;

namespace Evo8x8.Client.AspNetCore.Redis;

/// <summary>
/// Claims held in Redis and shared by every instance of a receiver: a claim is <c>SET key "i:claimId" NX PX lease</c>,
/// so exactly one instance gets it even when two receive the same delivery at the same moment; a success rewrites it
/// as <c>"d:claimId"</c> for the window. Thread-safe.
/// </summary>
/// <remarks>
/// Renewals and releases are scripts that compare the claim id first, so a late call never changes a newer claim and a
/// release never removes a done key. Keys are used as given: the endpoint adds
/// <see cref="WebhookDeduplicationOptions.KeyPrefix"/> and its scope. Redis errors reach the caller; the endpoint then
/// applies <see cref="WebhookDeduplicationOptions.WhenStoreUnavailable"/>.
/// </remarks>
public sealed class RedisWebhookClaimStore : IWebhookClaimStore, IDisposable
{
    private const string InFlightPrefix = "i:";
    private const string DonePrefix = "d:";

    private const string RenewScript = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end return 0";
    private const string ReleaseScript = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0";

    private readonly Task<IConnectionMultiplexer> _connection;
    private readonly bool _ownsConnection;

    /// <summary>Uses a connection you own (and dispose); the store never closes it.</summary>
    /// <param name="connection">The connection to the Redis server shared by your instances.</param>
    public RedisWebhookClaimStore(IConnectionMultiplexer connection)
        : this(Task.FromResult(connection ?? throw new ArgumentNullException(nameof(connection))), ownsConnection: false)
    {
    }

    internal RedisWebhookClaimStore(Task<IConnectionMultiplexer> connection, bool ownsConnection)
    {
        _connection = connection;
        _ownsConnection = ownsConnection;
    }

    /// <inheritdoc />
    public async Task<bool> TryClaimAsync(string key, string claimId, Duration lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(claimId);
        IDatabase database = await DatabaseAsync(cancellationToken).ConfigureAwait(false);
        return await database.StringSetAsync(key, InFlightPrefix + claimId, lease.ToTimeSpan(), When.NotExists).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> RenewAsync(string key, string claimId, Duration lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(claimId);
        IDatabase database = await DatabaseAsync(cancellationToken).ConfigureAwait(false);
        RedisResult renewed = await database.ScriptEvaluateAsync(
            RenewScript,
            [(RedisKey)key],
            [(RedisValue)(InFlightPrefix + claimId), (RedisValue)(long)lease.TotalMilliseconds]).ConfigureAwait(false);
        return (long)renewed == 1;
    }

    /// <inheritdoc />
    public async Task CompleteAsync(string key, string claimId, Duration window, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(claimId);
        IDatabase database = await DatabaseAsync(cancellationToken).ConfigureAwait(false);

        // Unconditional: a run succeeded, so whoever else holds the key now, its duplicates need no further run.
        await database.StringSetAsync(key, DonePrefix + claimId, window.ToTimeSpan()).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task ReleaseAsync(string key, string claimId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(claimId);
        IDatabase database = await DatabaseAsync(cancellationToken).ConfigureAwait(false);
        await database.ScriptEvaluateAsync(ReleaseScript, [(RedisKey)key], [(RedisValue)(InFlightPrefix + claimId)]).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<WebhookClaimState> GetStateAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        IDatabase database = await DatabaseAsync(cancellationToken).ConfigureAwait(false);
        string? value = await database.StringGetAsync(key).ConfigureAwait(false);
        return value switch
        {
            null => WebhookClaimState.None,
            _ when value.StartsWith(InFlightPrefix, StringComparison.Ordinal) => WebhookClaimState.InFlight,

            // "d:…", or a bare claim id written by an earlier version of this store, which counted as done.
            _ => WebhookClaimState.Done,
        };
    }

    /// <summary>Closes the connection when the store opened it itself (registered with a configuration string).</summary>
    public void Dispose()
    {
        if (_ownsConnection && _connection.IsCompletedSuccessfully)
        {
            _connection.Result.Dispose();
        }
    }

    private async Task<IDatabase> DatabaseAsync(CancellationToken cancellationToken)
        => (await _connection.WaitAsync(cancellationToken).ConfigureAwait(false)).GetDatabase();
}
