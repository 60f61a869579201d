using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsCheck;
using Evo8x8.Client.Ccai;
using Evo8x8.Client.Core;
using Evo8x8.Client.Evo;
using Evo8x8.Client.Tests.Ccai;
using Evo8x8.Client.Tests.Core.Http;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice.WebhookRegistrations;
using Evo8x8.Client.Voice.Webhooks;
using Evo8x8.Client.Voice;
using Microsoft.Extensions.DependencyInjection;

namespace Evo8x8.Client.Tests.Core.Json.Fuzz;

/// <summary>
/// Feeds mutated fixtures to every reading entry point and keeps what broke a promise: an exception outside the
/// SDK's family, a null where the model says non-null, a different answer for bytes and stream, or an input
/// slower than <see cref="SlowInput"/>. Runs one input at a time.
/// </summary>
internal sealed class FuzzRun : IAsyncDisposable
{
    /// <summary>A generous bound per input across all its entry points; a hang detector, not a speed goal.</summary>
    public static readonly TimeSpan SlowInput = TimeSpan.FromSeconds(10);

    private const int MaxKeptFailures = 25;

    private static readonly string ValidRecord = TempFolder.Record(99);

    private readonly (string Name, string Family, byte[] Bytes)[] _fixtures;
    private readonly ConcurrentDictionary<string, long> _entryCounts = new();
    private readonly TempFolder _folder = new();
    private LoopbackServer _server = null!;
    private ServiceProvider _services = null!;

    private FuzzRun((string, string, byte[])[] fixtures) => _fixtures = fixtures;

    public List<string> Failures { get; } = [];

    public long Inputs { get; private set; }

    public long UntypedExceptions { get; private set; }

    public long Nulls { get; private set; }

    public long Disagreements { get; private set; }

    public long SlowInputs { get; private set; }

    public TimeSpan Slowest { get; private set; }

    public TimeSpan Elapsed { get; private set; }

    public static async Task<FuzzRun> StartAsync()
    {
        string root = AppContext.BaseDirectory;
        var fixtures = new List<(string, string, byte[])>();
        // The product-first folders (issue 21): 8x8 webhooks under Voice/Webhooks, the 8x8 answers in the rest of Voice.
        foreach ((string folder, string family) in new[] { ("Voice/Webhooks", "webhook"), ("Ccai", "ccai"), ("Evo", "evo"), ("Voice", "voice") })
        {
            foreach (string path in Directory.EnumerateFiles(Path.Combine(root, folder), "*.*", SearchOption.AllDirectories).Where(p => p.Contains("Fixtures", StringComparison.Ordinal) && (family != "voice" || !p.Contains("Webhooks", StringComparison.Ordinal))).Order(StringComparer.Ordinal))
            {
                string name = Path.GetRelativePath(root, path).Replace('\\', '/');
                if (family == "voice" && name.StartsWith("Voice/Webhooks/", StringComparison.Ordinal))
                {
                    continue;
                }

                bool voiceAnswer = family != "voice" || !(name.Contains("/valid/", StringComparison.Ordinal) || name.Contains("/invalid/", StringComparison.Ordinal) || name.Contains("action-", StringComparison.Ordinal) || name.EndsWith("-request.json", StringComparison.Ordinal));
                if (voiceAnswer)
                {
                    fixtures.Add((name, family, await File.ReadAllBytesAsync(path)));
                }
            }
        }

        var run = new FuzzRun([.. fixtures]);
        run._server = await LoopbackServer.StartAsync();
        run._services = TestClients.Build(run._server.BaseAddress, new ManualTimeProvider());
        return run;
    }

    public async Task RunAsync(long count, string seed)
    {
        Gen<(int Fixture, Mutation[] Mutations)> plans = Mutation.Plans(_fixtures.Length);
        PCG pcg = PCG.Parse(seed);
        var total = Stopwatch.StartNew();
        for (long i = 0; i < count; i++)
        {
            (int fixture, Mutation[] mutations) = plans.Generate(pcg, null, out _);
            (string name, string family, byte[] bytes) = _fixtures[fixture];
            foreach (Mutation mutation in mutations)
            {
                bytes = mutation.ApplyTo(bytes);
            }

            string plan = $"input {i}: {name} with {string.Join(", ", mutations)}";
            var one = Stopwatch.StartNew();
            await RunOneAsync(family, name, bytes, plan, i);
            one.Stop();
            Inputs++;
            if (one.Elapsed > Slowest)
            {
                Slowest = one.Elapsed;
            }

            if (one.Elapsed > SlowInput)
            {
                SlowInputs++;
                Keep($"{plan}: took {one.Elapsed.TotalSeconds:F1} s");
            }
        }

        Elapsed = total.Elapsed;
    }

    public string Report()
        => string.Create(
            CultureInfo.InvariantCulture,
            $"{Inputs} inputs in {Elapsed.TotalSeconds:F0} s: {UntypedExceptions} untyped exceptions, {Nulls} nulls in non-null members, {Disagreements} bytes/stream disagreements, {SlowInputs} inputs over {SlowInput.TotalSeconds:F0} s (slowest {Slowest.TotalMilliseconds:F0} ms). Calls per entry point: {string.Join(", ", _entryCounts.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key} {e.Value}"))}.");

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    private async Task RunOneAsync(string family, string name, byte[] bytes, string plan, long index)
    {
        switch (family)
        {
            case "webhook":
                await WebhooksAsync(bytes, plan);
                break;
            case "ccai":
                await ContactCenterAsync(bytes, plan, index);
                break;
            case "evo":
                await EvoAsync(name, bytes, plan, index);
                break;
            default:
                await VoiceAsync(name, bytes, plan, index);
                break;
        }
    }

    private async Task WebhooksAsync(byte[] bytes, string plan)
    {
        string? fromBytes = await CheckAsync("webhook bytes", plan, () => Task.FromResult<object>(WebhookParser.Default.Parse(bytes)));
        string? fromStream = await CheckAsync("webhook stream", plan, async () => await WebhookParser.Default.ParseAsync(new TrickleStream(bytes, 61)));
        await CheckAsync("webhook string", plan, () => Task.FromResult<object>(WebhookParser.Default.Parse(Encoding.UTF8.GetString(bytes))));
        if (fromBytes != fromStream)
        {
            Disagreements++;
            Keep($"{plan}: bytes gave '{fromBytes}', the stream '{fromStream}'");
        }
    }

    private async Task ContactCenterAsync(byte[] bytes, string plan, long index)
    {
        var skip = new SessionMetadataReader(new SessionMetadataReaderOptions { BrokenRecords = BrokenRecordHandling.Skip });
        byte[] flat = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).ReplaceLineEndings(" "));
        byte[] ndjson = [.. flat, (byte)'\n', .. Encoding.UTF8.GetBytes(ValidRecord)];
        byte[] array = [(byte)'[', .. bytes, (byte)',', .. Encoding.UTF8.GetBytes(ValidRecord), (byte)']'];
        await CheckAsync("ccai single", plan, async () => await new SessionMetadataReader().ReadAsync(new MemoryStream(bytes)));
        await CheckAsync("ccai ndjson", plan, async () => await ToListAsync(skip.ReadNdjsonAsync(new MemoryStream(ndjson))));
        await CheckAsync("ccai array", plan, async () => await ToListAsync(new SessionMetadataReader().ReadArrayAsync(new TrickleStream(array, 1460))));
        await CheckAsync("ccai summary", plan, async () => await SessionMetadataSummary.CreateAsync(skip.ReadNdjsonAsync(new MemoryStream(ndjson))));
        if (index % 64 == 0)
        {
            string folder = Path.Combine(_folder.Path, index.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, "metadata.json"), bytes);
            await File.WriteAllBytesAsync(Path.Combine(folder, "batch.json"), array);
            await CheckAsync("ccai folder", plan, async () => await ToListAsync(skip.ReadFolderAsync(folder)));
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task EvoAsync(string name, byte[] bytes, string plan, long index)
    {
        ISessionsApi sessions = _services.GetRequiredService<IEvoVoiceClient>().Sessions;
        Answer(bytes, index);
        await (name.Contains("sessions-page", StringComparison.Ordinal)
            ? CheckAsync("evo answer", plan, async () => await sessions.ListAsync().GetPageAsync())
            : CheckAsync("evo answer", plan, async () => await sessions.GetAsync("s-1")));
    }

    private async Task VoiceAsync(string name, byte[] bytes, string plan, long index)
    {
        IVoiceClient voice = TestClients.Voice(_services);
        Answer(bytes, index);
        string file = Path.GetFileName(name);
        await CheckAsync("voice answer", plan, async () => file switch
        {
            _ when file.StartsWith("speech", StringComparison.Ordinal) => await voice.SpeechProfiles.ListAsync().GetPageAsync(),
            _ when file.StartsWith("webhooks-delete", StringComparison.Ordinal) => await voice.WebhookRegistrations.DeleteAsync(WebhookType.SessionSummary),
            _ when file.StartsWith("webhooks", StringComparison.Ordinal) => await voice.WebhookRegistrations.ListAsync().GetPageAsync(),
            _ when file.StartsWith("recording-push", StringComparison.Ordinal) => await voice.RecordingPushConfig.GetAsync(),
            _ when file.StartsWith("recordings", StringComparison.Ordinal) => await voice.Recordings.GetStatusAsync("6a1d2a43-c7d4-4f9a-9a5e-2b7e3f6c9d10"),
            _ when file.StartsWith("numbers", StringComparison.Ordinal) => await voice.Numbers.ListAsync().GetPageAsync(),
            _ when file.StartsWith("number-check", StringComparison.Ordinal) => await voice.Numbers.CheckAsync("+6568332048"),
            _ when file.StartsWith("log-export-result", StringComparison.Ordinal) => await voice.LogExports.GetResultAsync("job-1"),
            _ when file.StartsWith("log-export", StringComparison.Ordinal) => await voice.LogExports.StartAsync(),
            _ => await voice.Callflows.SendAsync(TestClients.CallflowTo("+6568332048")),
        });
    }

    // The answer's status varies with the input: success bodies and error bodies both meet every reader.
    private void Answer(byte[] bytes, long index)
    {
        int status = (index % 5) switch { 0 => 400, 1 => 401, 2 => 404, 3 => 422, _ => 200 };
        _server.Reply(new ScriptedReply(status, Encoding.UTF8.GetString(bytes), index % 7 == 0 ? "text/html" : "application/json"));
    }

    /// <summary>Runs one entry point; returns a short description of its outcome for comparisons.</summary>
    private async Task<string?> CheckAsync(string entry, string plan, Func<Task<object>> read)
    {
        _entryCounts.AddOrUpdate(entry, 1, (_, n) => n + 1);
        try
        {
            object result = await read();
            if (NullWalker.FindNull(result) is { } path)
            {
                Nulls++;
                Keep($"{plan}: {entry} read a null at {path}");
            }

            return "ok";
        }
        catch (Evo8x8ApiException typed)
        {
            return typed.Message;
        }
        catch (Exception untyped)
        {
            UntypedExceptions++;
            string? where = untyped.StackTrace?.Split('\n').FirstOrDefault(frame => frame.Contains("Evo8x8.Client.", StringComparison.Ordinal))?.Trim();
            Keep($"{plan}: {entry} threw {untyped.GetType().Name}: {untyped.Message} {where}");
            return untyped.GetType().Name;
        }
    }

    private void Keep(string failure)
    {
        if (Failures.Count < MaxKeptFailures)
        {
            Failures.Add(failure);
        }
    }

    private static async Task<object> ToListAsync(IAsyncEnumerable<SessionMetadata> records)
    {
        List<SessionMetadata> list = [];
        await foreach (SessionMetadata record in records)
        {
            list.Add(record);
        }

        return list;
    }
}
