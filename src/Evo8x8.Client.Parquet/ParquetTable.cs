using Parquet.Schema;
using Parquet;

namespace Evo8x8.Client.Parquet;

/// <summary>
/// One Parquet file being written row by row: rows are copied into column buffers and written as a row group each
/// time the buffers are full, so memory holds one row group, never the whole stream. Not thread-safe.
/// </summary>
internal sealed class ParquetTable<TRow> : IAsyncDisposable
{
    // Parquet.Net pools its page buffers and by default lets the pool keep 64 MB; one row group's pages need far less.
    private static readonly ParquetOptions Options = new() { MaximumSmallPoolFreeBytes = 4 * 1024 * 1024, MaximumLargePoolFreeBytes = 8 * 1024 * 1024 };

    private readonly Stream _file;
    private readonly ParquetWriter _writer;
    private readonly IReadOnlyList<IParquetColumn<TRow>> _columns;
    private readonly int _capacity;
    private int _count;

    private ParquetTable(Stream file, ParquetWriter writer, IReadOnlyList<IParquetColumn<TRow>> columns, int capacity)
    {
        _file = file;
        _writer = writer;
        _columns = columns;
        _capacity = capacity;
    }

    public long RowCount { get; private set; }

    public static async Task<ParquetTable<TRow>> CreateAsync(string path, IReadOnlyList<IParquetColumn<TRow>> columns, int rowGroupSize, CancellationToken cancellationToken)
    {
        FileStream file = new(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
        try
        {
            ParquetSchema schema = new(columns.Select(column => (Field)column.Field));
            ParquetWriter writer = await ParquetWriter.CreateAsync(schema, file, Options, false, cancellationToken).ConfigureAwait(false);
            return new ParquetTable<TRow>(file, writer, columns, rowGroupSize);
        }
        catch
        {
            await file.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask AddAsync(TRow row, CancellationToken cancellationToken)
    {
        foreach (IParquetColumn<TRow> column in _columns)
        {
            column.Add(row, _count);
        }

        RowCount++;
        if (++_count == _capacity)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await FlushAsync(CancellationToken.None).ConfigureAwait(false);
            await _writer.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            await _file.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_count == 0)
        {
            return;
        }

        using (ParquetRowGroupWriter group = _writer.CreateRowGroup())
        {
            foreach (IParquetColumn<TRow> column in _columns)
            {
                await column.WriteAsync(group, _count, cancellationToken).ConfigureAwait(false);
            }
        }

        _count = 0;
    }
}
