using System.Globalization;
using System.Text.Json;
using Evo8x8.Client.Testing.Core;
using NodaTime.Text;
using NodaTime;

namespace Evo8x8.Client.Testing.Evo;

/// <summary>
/// One <c>GET /sessions</c> request: Evo's <c>ListSessions</c> filters (lists comma-joined or repeated, text filters
/// as case-insensitive contains), live or archived sessions (older than 15 days), sorting by any <c>SessionInfo</c>
/// field (oldest first by default), 0-based paging of <c>countPerPage</c> (25 by default) or <c>all</c>, and
/// <c>simplifiedPaging</c>, which leaves the totals out.
/// </summary>
internal sealed class SessionListing
{
    private const int DefaultCountPerPage = 25;

    private Func<EvoSession, bool>[] _filters = [];
    private bool _archive;
    private string _sortField = "dateCreated";
    private bool _descending;
    private int _page;
    private int _countPerPage = DefaultCountPerPage;
    private bool _all;
    private bool _simplified;

    public static bool TryRead(EmulatorRequest request, out SessionListing? listing, out string? problem)
    {
        listing = null;
        var read = new SessionListing();
        var problems = new List<string>();
        read._page = Number(request, "page", 0, problems);
        read._countPerPage = Number(request, "countPerPage", DefaultCountPerPage, problems);
        if (read._countPerPage == 0)
        {
            problems.Add("countPerPage must be 1 or more");
        }

        read._archive = Flag(request, "searchArchive", problems);
        read._all = Flag(request, "all", problems);
        read._simplified = Flag(request, "simplifiedPaging", problems);
        read._sortField = request.Query("sortField") is { Length: > 0 } field ? field : "dateCreated";
        string? order = request.Query("sortOrder");
        if (!string.IsNullOrEmpty(order) && !order.Equals("Ascend", StringComparison.OrdinalIgnoreCase) && !order.Equals("Descend", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"'{order}' is not a valid SortOrder");
        }

        read._descending = "Descend".Equals(order, StringComparison.OrdinalIgnoreCase);
        LocalDate? start = Date(request, "startDate", problems);
        LocalDate? end = Date(request, "endDate", problems);
        read._filters = [.. Filters(request, start, end)];
        if (problems.Count > 0)
        {
            problem = string.Join("; ", problems);
            return false;
        }

        listing = read;
        problem = null;
        return true;
    }

    public void Write(Utf8JsonWriter writer, IReadOnlyList<EvoSession> sessions, Instant now)
    {
        Instant archivedBefore = now - EvoSessionStore.ArchiveAge;
        List<EvoSession> matches = [.. sessions.Where(s => (s.DateCreated < archivedBefore) == _archive && _filters.All(filter => filter(s)))];
        IEnumerable<EvoSession> sorted = _descending ? matches.OrderByDescending(SortKey, StringComparer.OrdinalIgnoreCase) : matches.OrderBy(SortKey, StringComparer.OrdinalIgnoreCase);
        int countPerPage = _all ? Math.Max(matches.Count, 1) : _countPerPage;
        int page = _all ? 0 : _page;

        writer.WriteStartObject();
        writer.WriteStartArray("items");
        foreach (EvoSession session in sorted.Skip(page * countPerPage).Take(countPerPage))
        {
            SessionInfoJson.Write(writer, session);
        }

        writer.WriteEndArray();
        if (!_simplified)
        {
            writer.WriteNumber("totalCount", matches.Count);
            writer.WriteNumber("totalPages", (matches.Count + countPerPage - 1) / countPerPage);
        }

        writer.WriteBoolean("hasMorePages", (long)(page + 1) * countPerPage < matches.Count);
        writer.WriteEndObject();
    }

    // Sorting reads the field as the session is written, so any SessionInfo field works; ISO dates sort as text.
    private string SortKey(EvoSession session)
    {
        using JsonDocument written = JsonDocument.Parse(JsonAnswer.Compose(writer => SessionInfoJson.Write(writer, session)));
        foreach (JsonProperty property in written.RootElement.EnumerateObject())
        {
            if (property.Name.Equals(_sortField, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
        }

        return string.Empty;
    }

    private static IEnumerable<Func<EvoSession, bool>> Filters(EmulatorRequest request, LocalDate? start, LocalDate? end)
    {
        if (List(request, "accountIds") is { } accounts)
        {
            yield return _ => accounts.Contains(SessionInfoJson.AccountId);
        }

        if (List(request, "customerIds") is { } customers)
        {
            yield return s => s.Text("customerId") is { } customer && customers.Contains(customer);
        }

        if (List(request, "endpointIds") is { } endpoints)
        {
            yield return s => s.Text("endpointId") is { } endpoint && endpoints.Contains(endpoint);
        }

        if (List(request, "specificIds") is { } ids)
        {
            yield return s => ids.Contains(s.Id);
        }

        if (request.Query("from") is { Length: > 0 } from)
        {
            yield return s => Contains(s.Text("fromAddress"), from) || Contains(s.Text("fromPhoneNumber"), from);
        }

        if (request.Query("to") is { Length: > 0 } to)
        {
            yield return s => Contains(s.Text("toAddress"), to) || Contains(s.Text("destination"), to);
        }

        if (request.Query("log") is { Length: > 0 } log)
        {
            yield return s => s.Log.Exists(entry => Contains(entry.Message, log));
        }

        if (request.Query("parentSessionId") is { Length: > 0 } parent)
        {
            yield return s => s.Text("parentSessionId") == parent;
        }

        if (start is { } first)
        {
            yield return s => s.DateCreated.InUtc().Date >= first;
        }

        if (end is { } last)
        {
            yield return s => s.DateCreated.InUtc().Date <= last;
        }
    }

    private static bool Contains(string? text, string part) => text?.Contains(part, StringComparison.OrdinalIgnoreCase) == true;

    // ServiceStack reads a list from comma-joined text or from repeated keys; an empty list is no filter.
    private static HashSet<string>? List(EmulatorRequest request, string name)
    {
        if (!request.Context.Request.Query.TryGetValue(name, out var values))
        {
            return null;
        }

        HashSet<string> items = [.. values.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
        return items.Count == 0 ? null : items;
    }

    private static int Number(EmulatorRequest request, string name, int fallback, List<string> problems)
    {
        string? text = request.Query(name);
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value))
        {
            return value;
        }

        problems.Add($"{name} must be 0 or more");
        return fallback;
    }

    private static bool Flag(EmulatorRequest request, string name, List<string> problems)
    {
        string? text = request.Query(name);
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (bool.TryParse(text, out bool value))
        {
            return value;
        }

        problems.Add($"'{text}' is not a valid boolean for {name}");
        return false;
    }

    private static LocalDate? Date(EmulatorRequest request, string name, List<string> problems)
    {
        string? text = request.Query(name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        ParseResult<LocalDate> date = LocalDatePattern.Iso.Parse(text);
        if (date.Success)
        {
            return date.Value;
        }

        problems.Add($"{name} '{text}' is not a YYYY-MM-DD date");
        return null;
    }
}
