using System.Net.Http.Headers;
using System.Text.Json;
using System.Text;
using Evo8x8.Client.Voice;

namespace Evo8x8.Client.Testing.Tests;

/// <summary>Raw HTTP to the emulator, bypassing the SDK, for tests of what the emulator itself answers.</summary>
internal static class EmulatorHttp
{
    private static readonly HttpClient Shared = new();

    /// <summary>The SDK's client for the emulator, checking callflows against the emulator's clock and profiles.</summary>
    public static VoiceClient Sdk(Evo8x8Emulator emulator, VoiceClientOptions? options = null)
        => new(options ?? emulator.CreateVoiceClientOptions(), Shared, emulator.CreateCallflowValidationOptions());

    public static HttpClient RawVoice(Evo8x8Emulator emulator, string? apiKey = null)
    {
        var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey ?? emulator.ApiKey);
        return client;
    }

    public static HttpClient RawEvo(Evo8x8Emulator emulator, string? password = null)
    {
        var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        string pair = $"{emulator.EvoUserName}:{password ?? emulator.EvoPassword}";
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
        return client;
    }

    public static string VoicePath(Evo8x8Emulator emulator, string resource) => $"api/v1/subaccounts/{emulator.SubAccountId}/{resource}";

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<(int Status, JsonElement Body)> ReadAsync(HttpResponseMessage response)
    {
        string text = await response.Content.ReadAsStringAsync();
        using JsonDocument document = JsonDocument.Parse(text);
        return ((int)response.StatusCode, document.RootElement.Clone());
    }

    /// <summary>Bounds a wait so a broken emulator fails the test instead of hanging it.</summary>
    public static CancellationToken Patience() => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;
}
