namespace Evo8x8.Client.Evo;

/// <summary>One page of <c>GET /sessions</c> (Evo's <c>ListResponse</c>): the sessions on it and where it stands in the whole list.</summary>
public sealed class SessionPage
{
    /// <summary>The sessions on this page; empty past the last page (a JSON <c>null</c> element is left out).</summary>
    public IReadOnlyList<SessionInfo> Items { get; init => field = Core.Json.WireList.WithoutNulls(value); } = [];

    /// <summary>How many sessions match in all (0 when Evo skipped counting).</summary>
    public int TotalCount { get; init; }

    /// <summary>How many pages there are in all (0 when Evo skipped counting).</summary>
    public int TotalPages { get; init; }

    /// <summary>True when a page follows this one.</summary>
    public bool HasMorePages { get; init; }
}
