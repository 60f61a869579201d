using System.Globalization;
using DuckDB.NET.Data;
using Evo8x8.Client.Ccai;
using Evo8x8.Client.Parquet;

namespace Evo8x8.Client.Tests.Ccai;

public sealed class SessionMetadataParquetWriterTests
{
    [Fact]
    public async Task WriteAllAsync_VariedRecords_DuckDbAggregatesEqualTheSummary()
    {
        using TempFolder output = new();
        SessionMetadataReader reader = new();
        SessionMetadataSummary summary = await SessionMetadataSummary.CreateAsync(reader.ReadNdjsonAsync(new MemoryStream(GeneratedRecords.Ndjson(500))));

        // A small row group, so that the files hold many of them, as a large export would.
        long written = await SessionMetadataParquetWriter.WriteAllAsync(
            reader.ReadNdjsonAsync(new MemoryStream(GeneratedRecords.Ndjson(500))),
            output.Path,
            new SessionMetadataParquetOptions { RowGroupSize = 37 });

        using DuckDBConnection duck = new("DataSource=:memory:");
        duck.Open();
        string sessions = Quote(Path.Combine(output.Path, "sessions.parquet"));
        Assert.Equal(500, written);
        Assert.Equal(summary.Count, Scalar<long>(duck, $"SELECT count(*) FROM {sessions}"));
        Assert.Equal(
            summary.CountByStatus.ToDictionary(pair => StatusKey(pair.Key), pair => pair.Value).OrderBy(pair => pair.Key, StringComparer.Ordinal),
            Rows(duck, $"SELECT status_key, count(*) FROM {sessions} WHERE status_key IS NOT NULL GROUP BY status_key").OrderBy(pair => pair.Key, StringComparer.Ordinal));
        Assert.Equal(
            summary.CountByType.ToDictionary(pair => CcaiVocabularyKey.ToKey(pair.Key.Value), pair => pair.Value).OrderBy(pair => pair.Key, StringComparer.Ordinal),
            Rows(duck, $"SELECT type_key, count(*) FROM {sessions} WHERE type_key IS NOT NULL GROUP BY type_key").OrderBy(pair => pair.Key, StringComparer.Ordinal));
        Assert.Equal(summary.AverageHandleTime!.Value.TotalSeconds, Scalar<double>(duck, $"SELECT avg(handle_seconds) FROM {sessions}"), 6);
        Assert.Equal(summary.AverageWaitTime!.Value.TotalSeconds, Scalar<double>(duck, $"SELECT avg(wait_seconds) FROM {sessions}"), 6);
        Assert.Equal(
            summary.CsatDistribution.ToDictionary(pair => pair.Key.ToString(CultureInfo.InvariantCulture), pair => pair.Value).OrderBy(pair => pair.Key, StringComparer.Ordinal),
            Rows(duck, $"SELECT rating::VARCHAR, count(*) FROM {sessions} WHERE rating > 0 GROUP BY rating").OrderBy(pair => pair.Key, StringComparer.Ordinal));
        Assert.Equal(summary.AverageRating!.Value, Scalar<double>(duck, $"SELECT avg(rating) FROM {sessions} WHERE rating > 0"), 9);
        Assert.Equal(
            Scalar<long>(duck, $"SELECT sum(transfer_count)::BIGINT FROM {sessions}"),
            Scalar<long>(duck, $"SELECT count(*) FROM {Quote(Path.Combine(output.Path, "transfers.parquet"))}"));
        Assert.Equal(500, Scalar<long>(duck, $"SELECT count(DISTINCT session_id) FROM {Quote(Path.Combine(output.Path, "participants.parquet"))}"));
    }

    [Fact]
    public async Task WriteAsync_FixtureRecordAndTranscript_KeepsEveryDocumentedColumn()
    {
        using TempFolder output = new();
        SessionMetadata chat = await new SessionMetadataReader().ReadFileAsync(SessionMetadataTests.FixturePath("chat-human-agent.json"));
        string transcript = Path.Combine(Path.GetDirectoryName(SessionMetadataTests.FixturePath("chat.json"))!, "transcripts", "chat-60001.txt");

        SessionMetadataParquetWriter writer = await SessionMetadataParquetWriter.CreateAsync(output.Path);
        await using (writer)
        {
            await writer.WriteAsync(chat);
            Assert.Equal(7, await writer.WriteTranscriptAsync(chat.Id, new ChatTranscriptReader().ReadEntriesFileAsync(transcript)));
        }

        using DuckDBConnection duck = new("DataSource=:memory:");
        duck.Open();
        string sessions = Quote(Path.Combine(output.Path, "sessions.parquet"));
        Assert.Equal(
            "60001|chat|es|Messaging (Web)|messaging_web|finished|8|connected_with_agent|-420|90|660|660|4|Lucia M|false|Order status|Shared the tracking link.|88123|2",
            Scalar<string>(duck, $"SELECT concat_ws('|', session_id, kind, lang, type, type_key, status, status_code, sub_status, created_at_offset_minutes, wait_seconds::INT, chat_seconds::INT, handle_seconds::INT, rating, agent_name, agent_is_virtual, disposition_code, disposition_notes, out_ticket_id, participant_count) FROM {sessions}"));
        Assert.Equal("2024-06-03 21:00:00", Scalar<string>(duck, $"SELECT strftime(created_at AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S') FROM {sessions}"));
        Assert.Equal(
            "0|end_user|Where is my order?|es;1|virtual_agent|Let me find an **agent** for you.|;4|end_user||",
            Scalar<string>(duck, $"SELECT string_agg(concat_ws('|', position, role, coalesce(content, ''), coalesce(lang, '')), ';' ORDER BY position) FROM {Quote(Path.Combine(output.Path, "transcript_entries.parquet"))} WHERE position IN (0, 1, 4)"));
        Assert.Equal(0, Scalar<long>(duck, $"SELECT count(*) FROM {Quote(Path.Combine(output.Path, "transfers.parquet"))}"));
        Assert.Equal(4411, Scalar<long>(duck, $"SELECT media_id FROM {Quote(Path.Combine(output.Path, "transcript_entries.parquet"))} WHERE position = 4"));
    }

    [Fact]
    public async Task ReadmeDuckDbQuery_OnWrittenFiles_ReproducesTheSummary()
    {
        using TempFolder output = new();
        SessionMetadataReader reader = new();
        SessionMetadataSummary summary = await SessionMetadataSummary.CreateAsync(reader.ReadNdjsonAsync(new MemoryStream(GeneratedRecords.Ndjson(300, seed: 11))));
        await SessionMetadataParquetWriter.WriteAllAsync(reader.ReadNdjsonAsync(new MemoryStream(GeneratedRecords.Ndjson(300, seed: 11))), output.Path);
        string sql = InFolder(ReadmeQuery("'sessions' AS figure"), output.Path);

        using DuckDBConnection duck = new("DataSource=:memory:");
        duck.Open();
        using DuckDBCommand command = duck.CreateCommand();
        command.CommandText = sql;
        using DuckDBDataReader rows = command.ExecuteReader();
        Dictionary<string, List<(string? Value, long Count)>> figures = [];
        while (rows.Read())
        {
            string figure = rows.GetString(0);
            (figures.TryGetValue(figure, out List<(string?, long)>? list) ? list : figures[figure] = []).Add((rows.IsDBNull(1) ? null : rows.GetString(1), Convert.ToInt64(rows.GetValue(2), CultureInfo.InvariantCulture)));
        }

        Assert.Equal(summary.Count, Assert.Single(figures["sessions"]).Count);
        Assert.Equal(summary.CountByStatus.Count, figures["status"].Count);
        Assert.All(figures["status"], row => Assert.Equal(summary.CountByStatus[int.TryParse(row.Value, CultureInfo.InvariantCulture, out int code) ? CcaiSessionStatus.FromCode(code) : CcaiSessionStatus.FromName(row.Value!)], row.Count));
        Assert.Equal(summary.CountByType.Count, figures["type"].Count);
        Assert.All(figures["type"], row => Assert.Equal(summary.CountByType[new CcaiSessionType(row.Value!)], row.Count));
        Assert.Equal(summary.AverageHandleTime!.Value.TotalSeconds, double.Parse(Assert.Single(figures["average handle seconds"]).Value!, CultureInfo.InvariantCulture), 6);
        Assert.Equal(summary.AverageWaitTime!.Value.TotalSeconds, double.Parse(Assert.Single(figures["average wait seconds"]).Value!, CultureInfo.InvariantCulture), 6);
        Assert.Equal(summary.CsatDistribution.Count, figures["csat"].Count);
        Assert.All(figures["csat"], row => Assert.Equal(summary.CsatDistribution[int.Parse(row.Value!, CultureInfo.InvariantCulture)], row.Count));
    }

    [Fact]
    public async Task ReadmePerQueueQuery_OnWrittenFiles_GivesOneRowPerQueuePath()
    {
        using TempFolder output = new();
        // Queue 2420/4563 waits 30 s and 90 s (handle 100 s and 200 s); queue 6300 waits 10 s, and 20 s given only as
        // queue_duration (wait_seconds falls back to it); a session without a menu path is left out.
        string ndjson = string.Join('\n',
            """{"id":1,"status":8,"menu_path":{"name":"Sales/Renewals","materialized_path":"2420/4563"},"wait_duration":30,"call_duration":100}""",
            """{"id":2,"status":8,"menu_path":{"name":"Sales/Renewals","materialized_path":"2420/4563"},"wait_duration":90,"call_duration":200}""",
            """{"id":3,"status":8,"menu_path":{"materialized_path":"6300"},"wait_duration":10,"call_duration":50}""",
            """{"id":4,"status":8,"menu_path":{"materialized_path":"6300"},"queue_duration":20,"call_duration":70}""",
            """{"id":5,"status":8,"wait_duration":5,"call_duration":5}""");
        await SessionMetadataParquetWriter.WriteAllAsync(new SessionMetadataReader().ReadNdjsonAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(ndjson))), output.Path);

        using DuckDBConnection duck = new("DataSource=:memory:");
        duck.Open();
        using DuckDBCommand command = duck.CreateCommand();
        command.CommandText = InFolder(ReadmeQuery("GROUP BY menu_path"), output.Path);
        using DuckDBDataReader rows = command.ExecuteReader();
        List<string> result = [];
        while (rows.Read())
        {
            result.Add(string.Create(CultureInfo.InvariantCulture, $"{rows.GetString(0)}|{Convert.ToInt64(rows.GetValue(1), CultureInfo.InvariantCulture)}|{rows.GetDouble(2)}|{rows.GetDouble(3)}"));
        }

        Assert.Equal(["2420/4563|2|60|150", "6300|2|15|60"], result);
    }

    /// <summary>The SQL block of the CCAI README that contains <paramref name="marker"/>, exactly as the README has it.</summary>
    private static string ReadmeQuery(string marker)
    {
        Documentation.ReadmeTests.MarkdownFile ccai = Documentation.ReadmeTests.MarkdownFiles().Single(file => file.RelativePath == "src/Evo8x8.Client/Ccai/README.md");
        return Documentation.ReadmeTests.Blocks(ccai).Single(block => block.Language == "sql" && block.Code.Contains(marker, StringComparison.Ordinal)).Code;
    }

    // The README's queries read 'out/…', the folder the sample writes; the test's files are in a temporary folder.
    private static string InFolder(string sql, string folder)
        => sql.Replace("'out/", "'" + folder.Replace("'", "''", StringComparison.Ordinal) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string StatusKey(CcaiSessionStatus status)
        => status.Code?.ToString(CultureInfo.InvariantCulture) ?? CcaiVocabularyKey.ToKey(status.Name!);

    private static string Quote(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static T Scalar<T>(DuckDBConnection duck, string sql)
    {
        using DuckDBCommand command = duck.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }

    private static Dictionary<string, long> Rows(DuckDBConnection duck, string sql)
    {
        using DuckDBCommand command = duck.CreateCommand();
        command.CommandText = sql;
        using DuckDBDataReader rows = command.ExecuteReader();
        Dictionary<string, long> result = [];
        while (rows.Read())
        {
            result.Add(rows.GetString(0), Convert.ToInt64(rows.GetValue(1), CultureInfo.InvariantCulture));
        }

        return result;
    }
}
