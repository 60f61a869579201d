using System.Collections.Concurrent;
using NodaTime;

namespace Evo8x8.Client.AspNetCore.Deduplication;

/// <summary>
/// Claims held in this process's memory: right for a single instance and for tests, wrong for several instances (each
/// would have its own claims). Thread-safe.
/// </summary>
/// <param name="clock">The clock that ends leases and windows; inject a fake one in tests.</param>
public sealed class InMemoryWebhookClaimStore(IClock clock) : IWebhookClaimStore
{
    private const int SweepEvery = 1024;

    private readonly ConcurrentDictionary<string, Claim> _claims = new(StringComparer.Ordinal);
    private int _claimsSinceSweep;

    /// <inheritdoc />
    public Task<bool> TryClaimAsync(string key, string claimId, Duration lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(claimId);
        Instant now = clock.GetCurrentInstant();
        var claim = new Claim(claimId, WebhookClaimState.InFlight, now + lease);
        SweepNowAndThen(now);
        while (true)
        {
            if (_claims.TryAdd(key, claim))
            {
                return Task.FromResult(true);
            }

            if (!_claims.TryGetValue(key, out Claim? existing))
            {
                continue;
            }

            if (existing.ExpiresAt > now)
            {
                return Task.FromResult(false);
            }

            if (_claims.TryUpdate(key, claim, existing))
            {
                return Task.FromResult(true);
            }
        }
    }

    /// <inheritdoc />
    public Task<bool> RenewAsync(string key, string claimId, Duration lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(claimId);
        Instant now = clock.GetCurrentInstant();
        return Task.FromResult(
            _claims.TryGetValue(key, out Claim? existing)
            && existing.IsInFlight(claimId, now)
            && _claims.TryUpdate(key, existing with { ExpiresAt = now + lease }, existing));
    }

    /// <inheritdoc />
    public Task CompleteAsync(string key, string claimId, Duration window, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(claimId);

        // A run succeeded: whoever else holds the key now, its duplicates need no further run.
        _claims[key] = new Claim(claimId, WebhookClaimState.Done, clock.GetCurrentInstant() + window);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task ReleaseAsync(string key, string claimId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_claims.TryGetValue(key, out Claim? existing) && existing.ClaimId == claimId && existing.State == WebhookClaimState.InFlight)
        {
            _claims.TryRemove(new KeyValuePair<string, Claim>(key, existing));
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<WebhookClaimState> GetStateAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Task.FromResult(
            _claims.TryGetValue(key, out Claim? existing) && existing.ExpiresAt > clock.GetCurrentInstant() ? existing.State : WebhookClaimState.None);
    }

    // Expired claims are dropped now and then, so that memory follows the window, not the uptime.
    private void SweepNowAndThen(Instant now)
    {
        if (Interlocked.Increment(ref _claimsSinceSweep) % SweepEvery != 0)
        {
            return;
        }

        foreach (KeyValuePair<string, Claim> entry in _claims)
        {
            if (entry.Value.ExpiresAt <= now)
            {
                _claims.TryRemove(entry);
            }
        }
    }

    private sealed record Claim(string ClaimId, WebhookClaimState State, Instant ExpiresAt)
    {
        public bool IsInFlight(string claimId, Instant now) => State == WebhookClaimState.InFlight && ClaimId == claimId && ExpiresAt > now;
    }
}
