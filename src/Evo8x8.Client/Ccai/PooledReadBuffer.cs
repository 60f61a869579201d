using System.Buffers;

namespace Evo8x8.Client.Ccai;

/// <summary>
/// A window of bytes over a stream in one pooled array: the reader looks at <see cref="Data"/>, consumes what it
/// has used, and asks for more. The array grows only to fit the largest record, up to a limit, so memory stays
/// flat however long the stream is. Not thread-safe; one per enumeration.
/// </summary>
internal sealed class PooledReadBuffer : IDisposable
{
    private const int InitialSize = 1024 * 1024;
    private readonly Stream _stream;
    private readonly int _maxRecordBytes;
    private byte[] _buffer;
    private int _start;
    private int _end;

    public PooledReadBuffer(Stream stream, int maxRecordBytes)
    {
        _stream = stream;
        _maxRecordBytes = maxRecordBytes;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Min(InitialSize, Math.Max(maxRecordBytes, 1024)));
    }

    /// <summary>The unconsumed bytes read so far.</summary>
    public ReadOnlySpan<byte> Data => _buffer.AsSpan(_start, _end - _start);

    /// <summary>The unconsumed bytes as an array segment, for callers that cross an await.</summary>
    public ArraySegment<byte> Segment => new(_buffer, _start, _end - _start);

    /// <summary>True once the stream has no more bytes.</summary>
    public bool IsCompleted { get; private set; }

    /// <summary>How many bytes of the stream come before <see cref="Data"/>.</summary>
    public long Offset { get; private set; }

    /// <summary>Marks the first <paramref name="count"/> bytes of <see cref="Data"/> as used.</summary>
    public void Consume(int count)
    {
        _start += count;
        Offset += count;
    }

    /// <summary>
    /// Reads more of the stream after the unconsumed bytes, moving or growing the array when it is full.
    /// Returns false at the end of the stream.
    /// </summary>
    /// <exception cref="InvalidDataException">A record needs more than the configured maximum.</exception>
    public async ValueTask<bool> ReadMoreAsync(CancellationToken cancellationToken)
    {
        if (IsCompleted)
        {
            return false;
        }

        // Moving the pending bytes down pays only when it frees at least half the array; freeing a few bytes of a
        // full array (a large record that started just past the front) would copy it again on every small read.
        int pending = _end - _start;
        if (_start > 0 && (_start >= _buffer.Length / 2 || (_end == _buffer.Length && _buffer.Length >= _maxRecordBytes)))
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
            _start = 0;
            _end = pending;
        }

        if (_end == _buffer.Length)
        {
            if (pending >= _maxRecordBytes)
            {
                throw new InvalidDataException($"A record is larger than the {_maxRecordBytes}-byte limit (SessionMetadataReaderOptions.MaxRecordBytes).");
            }

            byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)_buffer.Length * 2, Math.Max(_maxRecordBytes, _buffer.Length + 1)));
            Buffer.BlockCopy(_buffer, _start, larger, 0, pending);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
            _start = 0;
            _end = pending;
        }

        int read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            IsCompleted = true;
            return false;
        }

        _end += read;
        return true;
    }

    /// <summary>Drops a UTF-8 byte order mark at the very start of the stream, which the JSON reader rejects.</summary>
    public async ValueTask SkipByteOrderMarkAsync(CancellationToken cancellationToken)
    {
        while (Offset == 0 && _end - _start < 3 && await ReadMoreAsync(cancellationToken).ConfigureAwait(false))
        {
        }

        if (Offset == 0 && Data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            Consume(3);
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
