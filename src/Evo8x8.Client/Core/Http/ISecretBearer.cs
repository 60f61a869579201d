namespace Evo8x8.Client.Core.Http;

/// <summary>
/// A request model that carries secrets (a webhook's auth header value, a recording-push password), so that the
/// HTTP layer can mask them in whatever the service answers to it.
/// </summary>
internal interface ISecretBearer
{
    /// <summary>The secret values of this request; null values are ignored.</summary>
    IEnumerable<string?> Secrets { get; }
}
