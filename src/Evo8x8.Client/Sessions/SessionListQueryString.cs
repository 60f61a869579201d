using System.Globalization;
using System.Text;
using NodaTime.Text;

namespace Evo8x8.Client.Sessions;

/// <summary>Writes a <see cref="SessionListQuery"/> as <c>ListSessions</c>' query string (lists comma-joined, as ServiceStack reads them).</summary>
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

    /// <summary>The query string, starting with <c>?</c>.</summary>
    public static string Build(SessionListQuery query, int page)
    {
        Validate(query);
        var text = new StringBuilder();
        Add(text, "accountIds", Join(query.AccountIds));
        Add(text, "searchArchive", Flag(query.SearchArchive));
        Add(text, "startDate", query.StartDate is { } start ? LocalDatePattern.Iso.Format(start) : null);
        Add(text, "endDate", query.EndDate is { } end ? LocalDatePattern.Iso.Format(end) : null);
        Add(text, "customerIds", Join(query.CustomerIds));
        Add(text, "endpointIds", Join(query.EndpointIds));
        Add(text, "from", query.From);
        Add(text, "to", query.To);
        Add(text, "log", query.Log);
        Add(text, "parentSessionId", query.ParentSessionId);
        Add(text, "page", page.ToString(CultureInfo.InvariantCulture));
        Add(text, "all", Flag(query.All));
        Add(text, "countPerPage", query.CountPerPage?.ToString(CultureInfo.InvariantCulture));
        Add(text, "specificIds", Join(query.SpecificIds));
        Add(text, "sortField", query.SortField);
        Add(text, "sortOrder", query.SortOrder?.ToString());
        Add(text, "simplifiedPaging", Flag(query.SimplifiedPaging));
        return text.ToString();
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

    private static string? Flag(bool? value) => value switch { true => "true", false => "false", null => null };

    private static string? Join(IReadOnlyList<string>? ids) => ids is { Count: > 0 } ? string.Join(',', ids) : null;

    private static void Add(StringBuilder text, string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        text.Append(text.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
    }
}
