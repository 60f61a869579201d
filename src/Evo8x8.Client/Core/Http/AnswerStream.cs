namespace Evo8x8.Client.Core.Http;

/// <summary>
/// An answer's body handed to the caller to read as it arrives (a log export's file); disposing it disposes the
/// answer, which releases the connection.
/// </summary>
internal sealed class AnswerStream(HttpResponseMessage response, Stream body) : Stream
{
    public override bool CanRead => body.CanRead;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException("The file is read as it arrives; its length is not known up front.");

    public override long Position
    {
        get => throw new NotSupportedException("The file is read as it arrives; it has no position.");
        set => throw new NotSupportedException("The file is read as it arrives; it cannot be repositioned.");
    }

    public override int Read(byte[] buffer, int offset, int count) => body.Read(buffer, offset, count);

    public override int Read(Span<byte> buffer) => body.Read(buffer);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => body.ReadAsync(buffer, offset, count, cancellationToken);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        => body.ReadAsync(buffer, cancellationToken);

    public override Task CopyToAsync(Stream destination, int bufferSize, CancellationToken cancellationToken)
        => body.CopyToAsync(destination, bufferSize, cancellationToken);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("The file is read as it arrives; it cannot be repositioned.");

    public override void SetLength(long value) => throw new NotSupportedException("The file is read-only.");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("The file is read-only.");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            body.Dispose();
            response.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await body.DisposeAsync().ConfigureAwait(false);
        response.Dispose();
        await base.DisposeAsync().ConfigureAwait(false);
    }
}
