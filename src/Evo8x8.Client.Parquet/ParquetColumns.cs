using Parquet.Schema;
using Parquet;

namespace Evo8x8.Client.Parquet;

/// <summary>One column of a table being written: it copies its value out of each row into a fixed buffer of one row group.</summary>
/// <typeparam name="TRow">What a row is read from.</typeparam>
internal interface IParquetColumn<TRow>
{
    DataField Field { get; }

    void Add(TRow row, int index);

    Task WriteAsync(ParquetRowGroupWriter group, int count, CancellationToken cancellationToken);
}

/// <summary>A column of numbers, flags or timestamps; a missing value is a null.</summary>
internal sealed class ValueColumn<TRow, T>(DataField dataField, Func<TRow, T?> read, int capacity) : IParquetColumn<TRow>
    where T : struct
{
    private readonly T?[] _values = new T?[capacity];

    public DataField Field => dataField;

    public void Add(TRow row, int index) => _values[index] = read(row);

    public Task WriteAsync(ParquetRowGroupWriter group, int count, CancellationToken cancellationToken)
        => group.WriteAsync(dataField, new ReadOnlyMemory<T?>(_values, 0, count), null, null, cancellationToken);
}

/// <summary>A column of text; the buffer lets go of its strings after each row group so that memory stays bounded.</summary>
internal sealed class TextColumn<TRow>(DataField dataField, Func<TRow, string?> read, int capacity) : IParquetColumn<TRow>
{
    private readonly string?[] _values = new string?[capacity];

    public DataField Field => dataField;

    public void Add(TRow row, int index) => _values[index] = read(row);

    public async Task WriteAsync(ParquetRowGroupWriter group, int count, CancellationToken cancellationToken)
    {
        await group.WriteAsync(dataField, new ArraySegment<string>(_values!, 0, count), null).ConfigureAwait(false);
        Array.Clear(_values, 0, count);
    }
}
