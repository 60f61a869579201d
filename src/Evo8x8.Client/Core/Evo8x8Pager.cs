using System.Runtime.CompilerServices;

namespace Evo8x8.Client.Core;

/// <summary>
/// What every list operation of the SDK returns: the items, read with <c>await foreach</c> page after page as they are
/// needed, and the service's own answers (<typeparamref name="TPage"/>, with their totals and dates) page by page.
/// Nothing is sent until it is enumerated or a page is asked for. Each enumeration asks the service again, so a pager
/// can be enumerated twice (and the second time sees what changed in between).
/// </summary>
/// <remarks>
/// Enumerating is safe against a confused server: it stops at an empty page, at a page with no item it has not
/// yielded yet (a repeated page), and at the list's item limit where it has one; an item seen on an earlier page (the
/// same id) is not yielded twice. A list the service answers in one piece (8x8's lists) has one page, page 0.
/// </remarks>
/// <typeparam name="T">An item of the list.</typeparam>
/// <typeparam name="TPage">One answer of the service: the items with what the service says about them.</typeparam>
public sealed class Evo8x8Pager<T, TPage> : IAsyncEnumerable<T>
{
    private readonly Func<int, CancellationToken, Task<TPage>> _fetch;
    private readonly Func<TPage, IReadOnlyList<T>> _itemsOf;
    private readonly Func<TPage, int, bool>? _morePagesFollow;
    private readonly Func<T, string?>? _idOf;
    private readonly int? _maxItems;
    private readonly CancellationToken _cancellationToken;

    /// <param name="fetch">Asks the service for a page, counting from 0.</param>
    /// <param name="itemsOf">The items of a page.</param>
    /// <param name="cancellationToken">The list operation's token: it cancels every request the pager sends.</param>
    /// <param name="morePagesFollow">Whether a page after this one (given with its number) exists; <see langword="null"/> for a list in one piece.</param>
    /// <param name="idOf">An item's id, so that one seen on an earlier page is not yielded again.</param>
    /// <param name="maxItems">The most items an enumeration yields.</param>
    internal Evo8x8Pager(
        Func<int, CancellationToken, Task<TPage>> fetch,
        Func<TPage, IReadOnlyList<T>> itemsOf,
        CancellationToken cancellationToken,
        Func<TPage, int, bool>? morePagesFollow = null,
        Func<T, string?>? idOf = null,
        int? maxItems = null)
    {
        _fetch = fetch;
        _itemsOf = itemsOf;
        _cancellationToken = cancellationToken;
        _morePagesFollow = morePagesFollow;
        _idOf = idOf;
        _maxItems = maxItems;
    }

    /// <summary>Whether the service answers this list in pages; when not, page 0 holds every item.</summary>
    public bool IsPaged => _morePagesFollow is not null;

    /// <summary>One answer of the service: the page <paramref name="page"/>, counting from 0.</summary>
    /// <param name="page">The page; 0 (the only one) for a list that is not paged.</param>
    /// <param name="cancellationToken">Cancels the request, as does the list operation's token.</param>
    /// <returns>The page, with what the service says about it (totals, dates).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="page"/> is negative, or above 0 for a list that is not paged; nothing was sent.</exception>
    public async Task<TPage> GetPageAsync(int page = 0, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(page);
        if (page > 0 && !IsPaged)
        {
            throw new ArgumentOutOfRangeException(nameof(page), page, "This list comes in one answer, page 0; there is no other page. Nothing was sent.");
        }

        using CancellationTokenSource? linked = Link(cancellationToken, out CancellationToken token);
        return await _fetch(page, token).ConfigureAwait(false);
    }

    /// <summary>The service's answers one after another, until the last page (or an empty one).</summary>
    /// <param name="cancellationToken">Cancels the request in flight and stops the enumeration.</param>
    /// <returns>The pages.</returns>
    public async IAsyncEnumerable<TPage> AsPagesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (int page = 0; ; page++)
        {
            TPage result = await GetPageAsync(page, cancellationToken).ConfigureAwait(false);
            yield return result;
            if (_morePagesFollow is null || _itemsOf(result).Count == 0 || !_morePagesFollow(result, page))
            {
                yield break;
            }
        }
    }

    /// <summary>Every item, page after page, each page asked for only when the previous one has been read.</summary>
    /// <param name="cancellationToken">Cancels the request in flight and stops the enumeration.</param>
    /// <returns>The items.</returns>
    public async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        HashSet<string>? seen = _idOf is null ? null : new HashSet<string>(StringComparer.Ordinal);
        int yielded = 0;
        for (int page = 0; ; page++)
        {
            TPage result = await GetPageAsync(page, cancellationToken).ConfigureAwait(false);
            bool anyNew = false;
            foreach (T item in _itemsOf(result))
            {
                // Items added while we list shift the pages; one seen before is not news.
                if (seen is not null && _idOf!(item) is { } id && !seen.Add(id))
                {
                    continue;
                }

                anyNew = true;
                yield return item;
                if (++yielded == _maxItems)
                {
                    yield break;
                }
            }

            // An empty or repeated page ends the listing whatever the totals claim, so a confused server cannot loop us.
            if (_morePagesFollow is null || !anyNew || !_morePagesFollow(result, page))
            {
                yield break;
            }
        }
    }

    /// <summary>Every item in a list: the whole enumeration, read at once.</summary>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The items, in the service's order.</returns>
    public async Task<IReadOnlyList<T>> ToListAsync(CancellationToken cancellationToken = default)
    {
        var items = new List<T>();
        await foreach (T item in this.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            items.Add(item);
        }

        return items;
    }

    private CancellationTokenSource? Link(CancellationToken cancellationToken, out CancellationToken token)
    {
        if (!_cancellationToken.CanBeCanceled || !cancellationToken.CanBeCanceled)
        {
            token = cancellationToken.CanBeCanceled ? cancellationToken : _cancellationToken;
            return null;
        }

        CancellationTokenSource linked = CancellationTokenSource.CreateLinkedTokenSource(_cancellationToken, cancellationToken);
        token = linked.Token;
        return linked;
    }
}
