using System.Text;

namespace Evo8x8.Client.Testing.Tests.Console;

/// <summary>Reads the console's server-sent event stream over real HTTP, as the page does.</summary>
internal static class ConsoleStream
{
    /// <summary>Reads the stream until it has delivered every event journaled so far; returns the raw text.</summary>
    public static async Task<string> ReadBacklogAsync(Evo8x8Emulator emulator, CancellationToken cancellationToken)
    {
        long last = emulator.Console.Events.Count == 0 ? 0 : emulator.Console.Events[^1].Sequence;
        using var client = new HttpClient();
        using HttpResponseMessage response = await client.GetAsync(new Uri(emulator.BaseAddress, "console/api/events"), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken), Encoding.UTF8);
        var text = new StringBuilder();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            text.AppendLine(line);
            if (line == $"id: {last}")
            {
                text.AppendLine(await reader.ReadLineAsync(cancellationToken));
                break;
            }
        }

        return text.ToString();
    }
}
