using Evo8x8.Client.Core.Http;
using Evo8x8.Client.Voice.Json;

namespace Evo8x8.Client.Voice;

/// <summary>What 8x8's Voice API hands the shared HTTP pipeline: its name, error reader, JSON contracts and request-id member.</summary>
internal static class VoiceService
{
    /// <summary>8x8's Voice API v1.</summary>
    public static readonly ServiceDefinition Definition = new("8x8", VoiceErrorReader.Read, VoiceJsonContext.Wire, requestIdMember: "callFlowRequestId");

    /// <summary>An 8x8 answer that must be a JSON object; <paramref name="what"/> names it in the error.</summary>
    public static Task<T> RequireAsync<T>(Task<T> call, string what)
        where T : class
        => Definition.RequireAsync(call, what);
}
