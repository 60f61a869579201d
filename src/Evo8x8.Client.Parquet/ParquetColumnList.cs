using NodaTime;
using Parquet.Schema;

namespace Evo8x8.Client.Parquet;

/// <summary>Declares a table's columns in order, one line per column, each with the Parquet type its values need.</summary>
internal sealed class ParquetColumnList<TRow>(int capacity) : List<IParquetColumn<TRow>>
{
    public ParquetColumnList<TRow> Long(string name, Func<TRow, long?> read) => With(new ValueColumn<TRow, long>(new DataField<long?>(name), read, capacity));

    public ParquetColumnList<TRow> Int(string name, Func<TRow, int?> read) => With(new ValueColumn<TRow, int>(new DataField<int?>(name), read, capacity));

    public ParquetColumnList<TRow> Bool(string name, Func<TRow, bool?> read) => With(new ValueColumn<TRow, bool>(new DataField<bool?>(name), read, capacity));

    public ParquetColumnList<TRow> Text(string name, Func<TRow, string?> read) => With(new TextColumn<TRow>(new DataField<string>(name, true), read, capacity));

    /// <summary>A duration as seconds with fractions (DOUBLE), the unit the files themselves use.</summary>
    public ParquetColumnList<TRow> Seconds(string name, Func<TRow, Duration?> read)
        => With(new ValueColumn<TRow, double>(new DataField<double?>(name), row => read(row)?.TotalSeconds, capacity));

    /// <summary>An instant as a UTC timestamp in microseconds (TIMESTAMP WITH TIME ZONE in DuckDB).</summary>
    public ParquetColumnList<TRow> Time(string name, Func<TRow, Instant?> read)
        => With(new ValueColumn<TRow, DateTime>(
            new DateTimeDataField(name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Micros, isNullable: true),
            row => read(row)?.ToDateTimeUtc(),
            capacity));

    /// <summary>A timestamp with its offset as two columns: the UTC instant, and the offset in minutes as the platform wrote it.</summary>
    public ParquetColumnList<TRow> TimeWithOffset(string name, Func<TRow, OffsetDateTime?> read)
        => Time(name, row => read(row)?.ToInstant())
            .Int(name + "_offset_minutes", row => read(row) is { } at ? at.Offset.Seconds / 60 : null);

    private ParquetColumnList<TRow> With(IParquetColumn<TRow> column)
    {
        Add(column);
        return this;
    }
}
