namespace Evo8x8.Client.Ccai;

/// <summary>
/// One session as CCAI Platform's external storage holds it: its metadata record and the files named after it
/// (transcript, recordings, photos and videos), found by <see cref="ExternalStorageReader"/>.
/// </summary>
public sealed class ExternalStorageSession
{
    internal ExternalStorageSession(SessionMetadata metadata, string metadataPath, string? transcriptPath, IReadOnlyList<string> recordingPaths, IReadOnlyList<string> mediaPaths)
    {
        Metadata = metadata;
        MetadataPath = metadataPath;
        TranscriptPath = transcriptPath;
        RecordingPaths = recordingPaths;
        MediaPaths = mediaPaths;
    }

    /// <summary>The session id, taken from the record's <c>id</c>, not from the file name.</summary>
    public long Id => Metadata.Id;

    /// <summary>The session's metadata record.</summary>
    public SessionMetadata Metadata { get; }

    /// <summary>The file the record came from (<c>metadata.json</c>, <c>metadata-{id}.json</c> or <c>metadata-{id}.txt</c>).</summary>
    public string MetadataPath { get; }

    /// <summary>
    /// The chat transcript (<c>chat-{id}.txt</c> or <c>chat-{id}.json</c>), or <see langword="null"/>; a JSON
    /// transcript reads with <see cref="ChatTranscriptReader"/>.
    /// </summary>
    public string? TranscriptPath { get; }

    /// <summary>The call recordings (<c>call-{id}.mp3</c>, <c>call-{id}.wav</c>); empty when there are none.</summary>
    public IReadOnlyList<string> RecordingPaths { get; }

    /// <summary>The photos and videos of the session (<c>chat-{id}-photo-{photo-id}.jpg</c> and the like); empty when there are none.</summary>
    public IReadOnlyList<string> MediaPaths { get; }
}
