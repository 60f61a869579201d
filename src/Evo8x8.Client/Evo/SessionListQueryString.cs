namespace Evo8x8.Client.Evo;

/// <summary>The rules a <see cref="SessionListQuery"/> obeys before it is sent (lists are comma-joined, as ServiceStack reads them).</summary>
internal static class SessionListQueryString
{
    /// <summary>Throws <see cref="ArgumentException"/> naming every filter that cannot be sent.</summary>
    public static void Validate(SessionListQuery query)
    {
        var problems = new List<string>();
        CheckIds(problems, nameof(SessionListQuery.AccountIds), query.AccountIds);
        CheckIds(problems, nameof(SessionListQuery.CustomerIds), query.CustomerIds);
        CheckIds(problems, nameof(SessionListQuery.EndpointIds), query.EndpointIds);
        CheckIds(problems, nameof(SessionListQuery.SpecificIds), query.SpecificIds);
        if (query.CountPerPage is < 1)
        {
            problems.Add($"{nameof(SessionListQuery.CountPerPage)} is {query.CountPerPage}; it must be at least 1 (or null for Evo's default).");
        }

        if (query.MaxItems is < 1)
        {
            problems.Add($"{nameof(SessionListQuery.MaxItems)} is {query.MaxItems}; it must be at least 1 (or null for no limit).");
        }

        if (query.StartDate is { } start && query.EndDate is { } end && end < start)
        {
            problems.Add($"{nameof(SessionListQuery.EndDate)} {end:uuuu-MM-dd} is before {nameof(SessionListQuery.StartDate)} {start:uuuu-MM-dd}.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"The session list query cannot be sent: {string.Join(" ", problems)}", nameof(query));
        }
    }

    private static void CheckIds(List<string> problems, string name, IReadOnlyList<string>? ids)
    {
        if (ids is null)
        {
            return;
        }

        for (int i = 0; i < ids.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(ids[i]))
            {
                problems.Add($"{name}[{i}] is empty.");
            }
            else if (ids[i].Contains(',', StringComparison.Ordinal))
            {
                problems.Add($"{name}[{i}] '{ids[i]}' contains a comma, which Evo reads as a separator.");
            }
        }
    }
}
