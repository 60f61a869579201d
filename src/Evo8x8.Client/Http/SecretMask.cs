using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;

namespace Evo8x8.Client.Http;

/// <summary>
/// Masks the secrets a client knows (API key, Basic credentials, webhook auth values, recording-push password) in
/// every text built from a service's answer, in each form a server may echo them: as sent, base64, JSON-escaped and
/// URL-escaped. Runs of seven or more digits are masked as <see cref="PhoneNumberMask"/> does for logs. Immutable
/// and thread-safe.
/// </summary>
/// <remarks>
/// The HTTP layer builds one mask per client from its authorization header (<see cref="FromAuthorization"/>), widens
/// it per request with the secrets of the body it sends (<see cref="With(object?)"/>), and passes every exception it
/// raises for an answer through <see cref="Apply(Evo8x8ApiException)"/> and every log text through
/// <see cref="Apply(string)"/>.
/// </remarks>
internal sealed class SecretMask
{
    /// <summary>What a masked secret reads as.</summary>
    public const string Masked = "***";

    private readonly string[] _forms;

    private SecretMask(string[] forms) => _forms = forms;

    /// <summary>A mask that knows no secret and masks digit runs only.</summary>
    public static SecretMask None { get; } = new([]);

    /// <summary>A mask for the given secrets; null and empty values are ignored.</summary>
    public static SecretMask Of(params IEnumerable<string?> secrets) => None.With(secrets);

    /// <summary>
    /// The mask of an authorization header: a Bearer token, or Basic credentials in base64 together with the
    /// decoded <c>user:password</c> and the password alone.
    /// </summary>
    public static SecretMask FromAuthorization(AuthenticationHeaderValue? authorization)
    {
        if (authorization?.Parameter is not { Length: > 0 } parameter)
        {
            return None;
        }

        if (!authorization.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            return Of(parameter);
        }

        string? pair = TryDecodeBase64(parameter);
        int colon = pair?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return Of(parameter, pair, colon >= 0 ? pair![(colon + 1)..] : null);
    }

    /// <summary>This mask widened with the secrets a request body carries (see <see cref="ISecretBearer"/>).</summary>
    public SecretMask With(object? requestBody)
        => requestBody is ISecretBearer bearer ? With(bearer.Secrets) : this;

    /// <summary>This mask widened with more secrets.</summary>
    public SecretMask With(IEnumerable<string?> secrets)
    {
        var forms = new HashSet<string>(_forms, StringComparer.Ordinal);
        foreach (string? secret in secrets)
        {
            if (string.IsNullOrEmpty(secret))
            {
                continue;
            }

            forms.Add(secret);
            forms.Add(Convert.ToBase64String(Encoding.UTF8.GetBytes(secret)));
            forms.Add(JavaScriptEncoder.Default.Encode(secret));
            forms.Add(JavaScriptEncoder.UnsafeRelaxedJsonEscaping.Encode(secret));
            forms.Add(Uri.EscapeDataString(secret));
        }

        if (forms.Count == _forms.Length)
        {
            return this;
        }

        // Longest first, so that a form containing a shorter one is masked whole.
        return new SecretMask([.. forms.OrderByDescending(form => form.Length).ThenBy(form => form, StringComparer.Ordinal)]);
    }

    /// <summary>The text with every known secret and every phone-number-like digit run masked.</summary>
    public string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (string form in _forms)
        {
            if (text.Contains(form, StringComparison.Ordinal))
            {
                text = text.Replace(form, Masked, StringComparison.Ordinal);
            }
        }

        return PhoneNumberMask.Apply(text);
    }

    /// <summary><see cref="Apply(string)"/> for optional text.</summary>
    public string? ApplyOrNull(string? text) => text is null ? null : Apply(text);

    /// <summary>The text with known secrets masked but digits kept, for ids and codes a user quotes to support.</summary>
    public string? SecretsOnly(string? text)
    {
        if (text is null)
        {
            return null;
        }

        foreach (string form in _forms)
        {
            text = text.Replace(form, Masked, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>
    /// The exception with every text it carries masked (message, service message, field errors, server stack trace,
    /// and the messages of its causes): the one call the HTTP layer makes before raising an error about an answer.
    /// </summary>
    public Evo8x8ApiException Apply(Evo8x8ApiException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.MaskWith(this);
    }

    /// <summary>
    /// The cause of an exception as it may be kept: itself when no message in its chain needs masking, otherwise a
    /// stand-in of the same family with the masked message, so that <c>ToString()</c> shows no secret.
    /// </summary>
    internal Exception? Apply(Exception? cause)
    {
        if (cause is null)
        {
            return null;
        }

        bool clean = true;
        for (Exception? inner = cause; inner is not null && clean; inner = inner.InnerException)
        {
            clean = Apply(inner.Message) == inner.Message;
        }

        if (clean)
        {
            return cause;
        }

        string message = Apply(cause.Message);
        return cause is System.Text.Json.JsonException ? new System.Text.Json.JsonException(message) : new InvalidOperationException(message);
    }

    private static string? TryDecodeBase64(string text)
    {
        Span<byte> bytes = stackalloc byte[1024];
        return text.Length <= 1360 && Convert.TryFromBase64String(text, bytes, out int written)
            ? Encoding.UTF8.GetString(bytes[..written])
            : null;
    }
}
