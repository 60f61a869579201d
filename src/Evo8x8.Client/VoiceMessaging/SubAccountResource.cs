using Evo8x8.Client.Http;

namespace Evo8x8.Client.VoiceMessaging;

/// <summary>
/// One resource under 8x8's <c>api/v1/subaccounts/{subAccountId}/</c>: the route template that logs and metrics
/// show and the concrete path with the subaccount escaped, built in one place for every Voice API resource.
/// </summary>
internal sealed class SubAccountResource(VoiceClientOptions options, string resource)
{
    private readonly string _template = "api/v1/subaccounts/{subAccountId}/" + resource;
    private readonly string _path = $"api/v1/subaccounts/{Uri.EscapeDataString(options.SubAccountId)}/{resource}";

    /// <summary>The resource itself, for example <c>GET …/numbers</c>.</summary>
    public ApiRoute Route(HttpMethod method) => new(method, _template, _path);

    /// <summary>
    /// One item of the resource, for example <c>GET …/numbers/{number}</c>. The template keeps the placeholder, so
    /// the value (a phone number, an id) reaches the path escaped but never a log line or a metric tag.
    /// </summary>
    public ApiRoute Item(HttpMethod method, string placeholder, string value)
        => new(method, $"{_template}/{{{placeholder}}}", $"{_path}/{Uri.EscapeDataString(value)}");
}
