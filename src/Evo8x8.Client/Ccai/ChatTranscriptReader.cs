using System.Runtime.CompilerServices;
using System.Text.Json;
using Evo8x8.Client.Ccai.Json;

namespace Evo8x8.Client.Ccai;

/// <summary>
/// Reads CCAI Platform chat transcripts in their JSON form: whole (<see cref="ReadAsync(Stream, CancellationToken)"/>), or entry by entry
/// through one pooled buffer (<see cref="ReadEntriesAsync(Stream, CancellationToken)"/>), so a transcript of any length is read in the memory
/// of its largest entry. Unknown fields are kept, as Google advises. Safe to share between threads.
/// </summary>
public sealed partial class ChatTranscriptReader
{
    private const int MaxEntryBytes = 16 * 1024 * 1024;

    /// <summary>Reads a whole transcript file.</summary>
    /// <param name="path">The transcript file, for example a <c>chat-{id}.json</c>.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The transcript with all its entries.</returns>
    /// <exception cref="ChatTranscriptFormatException">The file is not a valid transcript.</exception>
    public async Task<ChatTranscript> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        FileStream file = File.OpenRead(path);
        await using (file.ConfigureAwait(false))
        {
            return await ReadAsync(file, path, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads a whole transcript from a stream the caller owns.</summary>
    /// <param name="stream">The transcript JSON, UTF-8.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The transcript with all its entries.</returns>
    /// <exception cref="ChatTranscriptFormatException">The stream is not a valid transcript.</exception>
    public Task<ChatTranscript> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadAsync(stream, null, cancellationToken);
    }

    /// <summary>Streams the entries of a transcript file one at a time.</summary>
    /// <param name="path">The transcript file.</param>
    /// <param name="cancellationToken">Stops the read between entries.</param>
    /// <returns>The entries in file order.</returns>
    public async IAsyncEnumerable<ChatTranscriptEntry> ReadEntriesFileAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        FileStream file = new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (file.ConfigureAwait(false))
        {
            await foreach (ChatTranscriptEntry entry in ReadEntriesAsync(file, path, cancellationToken).ConfigureAwait(false))
            {
                yield return entry;
            }
        }
    }

    /// <summary>Streams the entries of a transcript from a stream the caller owns, one at a time; the root fields are skipped.</summary>
    /// <param name="stream">The transcript JSON, UTF-8.</param>
    /// <param name="cancellationToken">Stops the read between entries.</param>
    /// <returns>The entries in stream order.</returns>
    public IAsyncEnumerable<ChatTranscriptEntry> ReadEntriesAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadEntriesAsync(stream, null, cancellationToken);
    }

    private static async Task<ChatTranscript> ReadAsync(Stream stream, string? path, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync(stream, CcaiJsonContext.Default.ChatTranscript, cancellationToken).ConfigureAwait(false)
                ?? throw new ChatTranscriptFormatException("the JSON is null, not a transcript object.", path, 0);
        }
        catch (JsonException invalid)
        {
            throw new ChatTranscriptFormatException(invalid.Message, path, invalid.BytePositionInLine ?? 0, invalid.Path, invalid);
        }
    }
}
