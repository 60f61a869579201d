using System.Globalization;
using System.Text;

namespace Evo8x8.Client.Tests.Ccai;

/// <summary>A fresh folder under the system's temporary path, deleted on dispose, plus small record builders.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "evo8x8-ccai-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A valid one-line metadata record with the given id.</summary>
    public static string Record(long id, string status = "finished", int rating = 4)
        => string.Create(
            CultureInfo.InvariantCulture,
            $$"""{"id":{{id}},"lang":"en","call_type":"Voice inbound","status":"{{status}}","created_at":"2024-01-02T03:04:05.000+02:00","ends_at":"2024-01-02T03:09:05.000+02:00","wait_duration":30,"call_duration":300,"rating":{{rating}},"agent_info":{"id":{{id % 50}},"name":"Agent {{id % 50}}"},"note":"session {{id}}"}""");

    /// <summary>A record that is valid JSON but whose <c>created_at</c> is not a timestamp.</summary>
    public static string BadTimestampRecord(long id)
        => string.Create(CultureInfo.InvariantCulture, $$"""{"id":{{id}},"status":"finished","created_at":"yesterday"}""");

    public string Write(string relativePath, string content)
    {
        string path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow runner must not fail the test that already passed.
        }
    }
}
