using NodaTime;

namespace Evo8x8.Client.Evo;

/// <summary>
/// Which sessions <see cref="ISessionsApi.ListAsync"/> returns and in what order: every parameter of Evo's
/// <c>ListSessions</c> (<c>GET /sessions</c>). Whatever is left <see langword="null"/> or empty is not sent, so an empty
/// list means "no filter", as in Evo's own clients; lists travel comma-joined, as ServiceStack reads them.
/// </summary>
public sealed record SessionListQuery
{
    /// <summary>Only sessions of these accounts.</summary>
    public IReadOnlyList<string>? AccountIds { get; init; }

    /// <summary>
    /// <see langword="true"/> searches only archived sessions (older than 15 days), <see langword="false"/> or
    /// <see langword="null"/> only live ones: Evo keeps the two apart.
    /// </summary>
    public bool? SearchArchive { get; init; }

    /// <summary>Only sessions from this day on (inclusive), sent as <c>yyyy-MM-dd</c>.</summary>
    public LocalDate? StartDate { get; init; }

    /// <summary>Only sessions up to this day (inclusive), sent as <c>yyyy-MM-dd</c>.</summary>
    public LocalDate? EndDate { get; init; }

    /// <summary>Only sessions of these customers.</summary>
    public IReadOnlyList<string>? CustomerIds { get; init; }

    /// <summary>Only sessions of these endpoints.</summary>
    public IReadOnlyList<string>? EndpointIds { get; init; }

    /// <summary>Only sessions whose From address contains this text.</summary>
    public string? From { get; init; }

    /// <summary>Only sessions whose To address contains this text.</summary>
    public string? To { get; init; }

    /// <summary>Only sessions whose log contains this text.</summary>
    public string? Log { get; init; }

    /// <summary>Only the child sessions of this session.</summary>
    public string? ParentSessionId { get; init; }

    /// <summary>Only these sessions; unlike <c>GET /sessions/{sessionId}</c>, a listing always carries each session's log.</summary>
    public IReadOnlyList<string>? SpecificIds { get; init; }

    /// <summary>
    /// <see langword="true"/> asks Evo for every match on one page; Evo's reference says to use it with care, and
    /// <see cref="CountPerPage"/> is then ignored.
    /// </summary>
    public bool? All { get; init; }

    /// <summary>Sessions per page; Evo's default is 25.</summary>
    public int? CountPerPage { get; init; }

    /// <summary>The session field to sort by, as Evo names it (for example <c>dateCreated</c>).</summary>
    public string? SortField { get; init; }

    /// <summary>The sort direction; Evo's default applies when <see langword="null"/>.</summary>
    public SortOrder? SortOrder { get; init; }

    /// <summary>
    /// <see langword="true"/> tells Evo to skip counting: pages then carry no totals, only
    /// <see cref="SessionPage.HasMorePages"/>, and the listing ends at the first empty page. Faster on large accounts.
    /// </summary>
    public bool? SimplifiedPaging { get; init; }

    /// <summary>
    /// The most sessions <see cref="ISessionsApi.ListAsync"/> yields before it stops fetching pages; no limit when
    /// <see langword="null"/>. Never sent: the SDK applies it.
    /// </summary>
    public int? MaxItems { get; init; }
}
