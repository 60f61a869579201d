namespace Evo8x8.Client.Http;

/// <summary>Awaits a generated call whose answer must be a JSON object, turning the literal <c>null</c> into a typed error.</summary>
internal static class Answer
{
    /// <summary>The answer of <paramref name="call"/>; <paramref name="what"/> names it in the error ("a session").</summary>
    public static async Task<T> RequireAsync<T>(Task<T> call, string service, string what)
        where T : class
        => await call.ConfigureAwait(false) ?? throw ApiFailure.NullAnswer(service, what);

    /// <summary>An 8x8 answer that must be a JSON object.</summary>
    public static Task<T> VoiceAsync<T>(Task<T> call, string what)
        where T : class
        => RequireAsync(call, VoiceMessaging.VoiceClient.ServiceName, what);
}
