using System.Net;
using System.Text.Json;
using System.Text;

namespace Evo8x8.Client.Testing.Tests.Console;

/// <summary>The console's control API over real HTTP, as the page (or a script with curl) calls it.</summary>
internal sealed class ConsoleApi(Evo8x8Emulator emulator) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri(emulator.BaseAddress, "console/api/") };

    public async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string path, string json = "{}")
    {
        using HttpResponseMessage response = await _http.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
        return (response.StatusCode, await ReadAsync(response));
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string path)
    {
        using HttpResponseMessage response = await _http.GetAsync(path);
        return (response.StatusCode, await ReadAsync(response));
    }

    public Task<string> GetTextAsync(string path) => _http.GetStringAsync(path);

    public HttpClient Http => _http;

    public void Dispose() => _http.Dispose();

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        string text = await response.Content.ReadAsStringAsync();
        using JsonDocument document = JsonDocument.Parse(string.IsNullOrEmpty(text) ? "null" : text);
        return document.RootElement.Clone();
    }
}
