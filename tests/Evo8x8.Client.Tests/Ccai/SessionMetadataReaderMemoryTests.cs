using System.Text;
using Evo8x8.Client.Ccai;

namespace Evo8x8.Client.Tests.Ccai;

[Collection(nameof(SessionMetadataReaderMemoryTests))]
[CollectionDefinition(nameof(SessionMetadataReaderMemoryTests), DisableParallelization = true)]
public sealed class SessionMetadataReaderMemoryTests : IDisposable
{
    // A reader that kept its records would hold about 45 000 more of them in the larger read: tens of megabytes.
    private const long AllowedGrowthBytes = 4 * 1024 * 1024;
    private const int Samples = 10;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ReadNdjsonFileAsync_FiftyThousandRecords_LiveHeapDoesNotGrowWithRecordCount()
    {
        string small = WriteNdjson("small.ndjson", 5_000);
        string large = WriteNdjson("large.ndjson", 50_000);
        SessionMetadataReader reader = new();

        (long smallPeak, long smallCount) = await ReadSamplingHeapAsync(reader, small, 5_000);
        (long largePeak, long largeCount) = await ReadSamplingHeapAsync(reader, large, 50_000);

        Assert.Equal(5_000, smallCount);
        Assert.Equal(50_000, largeCount);
        Assert.True(
            largePeak - smallPeak < AllowedGrowthBytes,
            $"Live heap peaked at {smallPeak:N0} bytes reading 5 000 records but {largePeak:N0} bytes reading 50 000.");
    }

    private static async Task<(long PeakBytes, long Count)> ReadSamplingHeapAsync(SessionMetadataReader reader, string path, int total)
    {
        long peak = 0;
        long count = 0;
        long checksum = 0;
        await foreach (SessionMetadata record in reader.ReadNdjsonFileAsync(path))
        {
            checksum += record.Id;
            if (++count % (total / Samples) == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
            }
        }

        Assert.Equal((long)total * (total + 1) / 2, checksum);
        return (peak, count);
    }

    private string WriteNdjson(string name, int count)
    {
        string path = Path.Combine(_folder.Path, name);
        using StreamWriter writer = new(path, append: false, new UTF8Encoding(false));
        for (int id = 1; id <= count; id++)
        {
            writer.Write(TempFolder.Record(id, rating: (id % 4) + 1));
            writer.Write('\n');
        }

        return path;
    }
}
