using Evo8x8.Client.AspNetCore.Deduplication;
using NodaTime;
using StackExchange.Redis;

namespace Evo8x8.Client.AspNetCore.Redis;

/// <summary>
/// Claims held in Redis and shared by every instance of a receiver: a claim is <c>SET key claimId NX PX window</c>, so
/// exactly one instance gets it even when two receive the same delivery at the same moment. Thread-safe.
/// </summary>
/// <remarks>
/// A release deletes the key only while it still holds this claim's id (a compare-and-delete script), so a late
/// release never removes a newer claim. Redis errors reach the caller; the endpoint then applies
/// <see cref="WebhookDeduplicationOptions.WhenStoreUnavailable"/>.
/// </remarks>
public sealed class RedisWebhookClaimStore : IWebhookClaimStore, IDisposable
{
    /// <summary>The prefix of every key this store writes, unless another is given.</summary>
    public const string DefaultKeyPrefix = "evo8x8:webhook-claim:";

    private const string ReleaseScript = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0";

    private readonly Task<IConnectionMultiplexer> _connection;
    private readonly string _keyPrefix;
    private readonly bool _ownsConnection;

    /// <summary>Uses a connection you own (and dispose); the store never closes it.</summary>
    /// <param name="connection">The connection to the Redis server shared by your instances.</param>
    /// <param name="keyPrefix">The prefix of the claim keys, to keep several applications apart on one server.</param>
    public RedisWebhookClaimStore(IConnectionMultiplexer connection, string keyPrefix = DefaultKeyPrefix)
        : this(Task.FromResult(connection ?? throw new ArgumentNullException(nameof(connection))), keyPrefix, ownsConnection: false)
    {
    }

    internal RedisWebhookClaimStore(Task<IConnectionMultiplexer> connection, string keyPrefix, bool ownsConnection)
    {
        ArgumentNullException.ThrowIfNull(keyPrefix);
        _connection = connection;
        _keyPrefix = keyPrefix;
        _ownsConnection = ownsConnection;
    }

    /// <inheritdoc />
    public async Task<bool> TryClaimAsync(string key, string claimId, Duration window, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(claimId);
        IDatabase database = (await _connection.WaitAsync(cancellationToken).ConfigureAwait(false)).GetDatabase();
        return await database.StringSetAsync(_keyPrefix + key, claimId, window.ToTimeSpan(), When.NotExists).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task ReleaseAsync(string key, string claimId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(claimId);
        IDatabase database = (await _connection.WaitAsync(cancellationToken).ConfigureAwait(false)).GetDatabase();
        await database.ScriptEvaluateAsync(ReleaseScript, [(RedisKey)(_keyPrefix + key)], [(RedisValue)claimId]).ConfigureAwait(false);
    }

    /// <summary>Completes when the first connection is made or its attempt ended (bounded by the connect timeout).</summary>
    internal Task ConnectedAsync(CancellationToken cancellationToken) => _connection.WaitAsync(cancellationToken);

    /// <summary>Closes the connection when the store opened it itself (registered with a configuration string).</summary>
    public void Dispose()
    {
        if (_ownsConnection && _connection.IsCompletedSuccessfully)
        {
            _connection.Result.Dispose();
        }
    }
}
