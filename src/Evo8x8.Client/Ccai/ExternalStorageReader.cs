using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Evo8x8.Client.Ccai;

/// <summary>
/// Reads a folder laid out as CCAI Platform's external storage writes it: metadata as <c>metadata.json</c>,
/// <c>metadata-{id}.json</c> or <c>metadata-{id}.txt</c> (Google's pages name all three), transcripts as
/// <c>chat-{id}.txt</c>, recordings as <c>call-{id}.mp3</c>/<c>.wav</c>, media as <c>chat-{id}-photo-{photo-id}.jpg</c>
/// and the like, in any subfolders. Each session comes back with the files named after it; the session id is the
/// record's <c>id</c>, and every file left out is reported with the reason.
/// </summary>
/// <remarks>
/// The folder's file names are listed first (memory grows with the number of files, not their size); records are
/// then read one at a time. Email transcripts (<c>email-{id}.pdf</c>) are reported as skipped.
/// </remarks>
public sealed partial class ExternalStorageReader
{
    private readonly SessionMetadataReader _records;
    private readonly Action<SkippedStorageFile>? _onSkipped;

    /// <summary>Creates a reader.</summary>
    /// <param name="onSkippedFile">Called for each file left out, with the reason; <see langword="null"/> to ignore them.</param>
    /// <param name="options">How records are read (size limit); broken records are always reported and skipped.</param>
    public ExternalStorageReader(Action<SkippedStorageFile>? onSkippedFile = null, SessionMetadataReaderOptions? options = null)
    {
        _onSkipped = onSkippedFile;
        _records = new SessionMetadataReader(options);
    }

    /// <summary>Reads every session below a folder, subfolders included.</summary>
    /// <param name="folder">The root of the export.</param>
    /// <param name="cancellationToken">Stops the read between files.</param>
    /// <returns>The sessions, one at a time, in file-system order of their metadata files.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public async IAsyncEnumerable<ExternalStorageSession> ReadFolderAsync(string folder, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The external storage folder '{folder}' does not exist.");
        }

        List<string> metadataFiles = [];
        Dictionary<(bool Chat, long Id), Attachments> attachments = [];
        foreach (string path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            Classify(path, metadataFiles, attachments);
        }

        HashSet<(bool Chat, long Id)> seen = [];
        foreach (string path in metadataFiles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            SessionMetadata record;
            try
            {
                record = await _records.ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
            }
            catch (SessionMetadataFormatException broken)
            {
                Skip(path, broken.Message);
                continue;
            }

            (bool Chat, long Id) key = (record.IsChat, record.Id);
            if (!seen.Add(key))
            {
                Skip(path, string.Create(CultureInfo.InvariantCulture, $"another metadata file already gave {Kind(key.Chat)} {key.Id}."));
                continue;
            }

            Attachments found = attachments.Remove(key, out Attachments? files) ? files : new Attachments();
            yield return new ExternalStorageSession(record, path, found.Transcript, found.Recordings, found.Media);
        }

        foreach (((bool chat, long id), Attachments orphan) in attachments)
        {
            foreach (string path in orphan.All())
            {
                Skip(path, string.Create(CultureInfo.InvariantCulture, $"no metadata file in the folder gives {Kind(chat)} {id}."));
            }
        }
    }

    private static string Kind(bool chat) => chat ? "chat" : "call";

    private void Classify(string path, List<string> metadataFiles, Dictionary<(bool Chat, long Id), Attachments> attachments)
    {
        string name = Path.GetFileName(path);
        if (MetadataName().IsMatch(name))
        {
            metadataFiles.Add(path);
            return;
        }

        Match match = SessionFileName().Match(name);
        if (!match.Success)
        {
            Skip(path, EmailName().IsMatch(name)
                ? "email transcripts (email-{id}.pdf) are not read."
                : "the name is none of external storage's names (metadata-{id}.json, chat-{id}.txt, call-{id}.mp3 …).");
            return;
        }

        bool chat = match.Groups["kind"].ValueSpan is "chat";
        (bool, long) key = (chat, long.Parse(match.Groups["id"].ValueSpan, CultureInfo.InvariantCulture));
        if (!attachments.TryGetValue(key, out Attachments? files))
        {
            files = new Attachments();
            attachments[key] = files;
        }

        if (match.Groups["media"].Success)
        {
            files.Media.Add(path);
        }
        else if (chat && match.Groups["ext"].ValueSpan is "txt" or "json")
        {
            if (files.Transcript is null)
            {
                files.Transcript = path;
            }
            else
            {
                Skip(path, string.Create(CultureInfo.InvariantCulture, $"chat {key.Item2} already has the transcript '{files.Transcript}'."));
            }
        }
        else if (!chat && match.Groups["ext"].ValueSpan is "mp3" or "wav")
        {
            files.Recordings.Add(path);
        }
        else
        {
            Skip(path, chat ? "a chat file that is neither a transcript (txt, json) nor media." : "a call file that is neither a recording (mp3, wav) nor media.");
        }
    }

    private void Skip(string path, string reason) => _onSkipped?.Invoke(new SkippedStorageFile(path, reason));

    [GeneratedRegex(@"^metadata(-\d+)?\.(json|txt)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetadataName();

    [GeneratedRegex(@"^(?<kind>call|chat)-(?<id>\d{1,18})(?<media>-(photo|video)-\d+)?\.(?<ext>mp3|wav|txt|json|jpg|jpeg|png|mp4)$", RegexOptions.CultureInvariant)]
    private static partial Regex SessionFileName();

    [GeneratedRegex(@"^email-\d+\.pdf$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailName();

    private sealed class Attachments
    {
        public string? Transcript { get; set; }

        public List<string> Recordings { get; } = [];

        public List<string> Media { get; } = [];

        public IEnumerable<string> All() => Transcript is null ? [.. Recordings, .. Media] : [Transcript, .. Recordings, .. Media];
    }
}
