using NodaTime;

namespace Evo8x8.Client.Sessions;

/// <summary>
/// Which sessions <see cref="ISessionsApi.ListAsync"/> returns and in what order; every filter left
/// <see langword="null"/> or empty is not sent. Modeled on Evo's CLI (<c>GET /sessions</c>), not on its reference.
/// </summary>
public sealed record SessionListQuery
{
    /// <summary>Only sessions of these accounts.</summary>
    public IReadOnlyList<string>? AccountIds { get; init; }

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

    /// <summary>Only the child sessions of this session.</summary>
    public string? ParentSessionId { get; init; }

    /// <summary>Sessions per page; Evo's default is 25.</summary>
    public int? CountPerPage { get; init; }

    /// <summary>The session field to sort by, as Evo names it (for example <c>dateCreated</c>).</summary>
    public string? SortField { get; init; }

    /// <summary>The sort direction; Evo's default applies when <see langword="null"/>.</summary>
    public SortOrders? SortOrder { get; init; }
}
