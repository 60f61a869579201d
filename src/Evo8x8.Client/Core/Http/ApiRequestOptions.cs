namespace Evo8x8.Client.Core.Http;

/// <summary>
/// Keys under which a request carries what the handlers of the pipeline need to know about it.
/// </summary>
internal static class ApiRequestOptions
{
    /// <summary>
    /// The route template of the operation (<c>/sessions/{sessionId}</c>), set by Refit's generated code on every
    /// request, so handlers log and tag without the concrete ids.
    /// </summary>
    public static readonly HttpRequestOptionsKey<string> RouteTemplate = new(Refit.HttpRequestMessageOptions.RelativePathTemplate);

    /// <summary>The service that answers the request: its name for messages and telemetry, and its error reader.</summary>
    public static readonly HttpRequestOptionsKey<ServiceDefinition> Service = new(ServiceKey);

    /// <summary>Which attempt of the request is being sent, from 1; set by the retry handler.</summary>
    public static readonly HttpRequestOptionsKey<int> Attempt = new("Evo8x8.Attempt");

    /// <summary>The status of an answer whose body was still arriving when the attempt ended, set by <see cref="AnswerBuffer"/>.</summary>
    public static readonly HttpRequestOptionsKey<System.Net.HttpStatusCode> AnsweredStatus = new(AnsweredStatusKey);

    /// <summary>The key of <see cref="AnsweredStatus"/>, cleared at the start of each attempt.</summary>
    public const string AnsweredStatusKey = "Evo8x8.AnsweredStatus";

    /// <summary>The key of <see cref="Service"/>, as Refit's settings add it to every request of a service.</summary>
    public const string ServiceKey = "Evo8x8.Service";

    /// <summary>
    /// Set on a request whose successful answer is handed to the caller as a stream (a log export's file): its body is
    /// neither buffered nor bounded by <c>MaxResponseBytes</c>. An error answer is still read whole, within the limit.
    /// </summary>
    public static readonly HttpRequestOptionsKey<bool> Streamed = new(StreamedKey);

    /// <summary>The key of <see cref="Streamed"/>, as a Refit <c>[Property]</c> parameter sets it.</summary>
    public const string StreamedKey = "Evo8x8.Streamed";

    /// <summary>The secrets to mask in whatever the handlers log about the request's outcome.</summary>
    public static readonly HttpRequestOptionsKey<SecretMask> SecretMask = new("Evo8x8.SecretMask");
}
