using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text;

namespace Evo8x8.Client.Core.Http;

/// <summary>
/// Masks the secrets a client knows (API key, Basic credentials, webhook auth values, recording-push password) in
/// every text built from a service's answer, in each form a server may echo them: as sent, base64, JSON-escaped and
/// URL-escaped; secrets first, on the text as given, then phone numbers as <see cref="PhoneNumberMask"/> does, and
/// only then may a text be cut short. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// A request's mask is worked out from the request when a text is masked (<see cref="For(HttpRequestMessage)"/>: the
/// Authorization header's secrets and those of the JSON body); <see cref="ApiFailure"/> passes every exception it
/// raises through <see cref="Apply(Evo8x8ApiException)"/> with it, and log text goes through <see cref="Apply(string)"/>.
/// </remarks>
internal sealed class SecretMask
{
    /// <summary>What a masked secret reads as.</summary>
    public const string Masked = "***";

    /// <summary>
    /// The shortest stretch of a secret that is masked wherever it stands; shorter secrets are masked as whole words
    /// only (see <see cref="MaskSecrets"/>). No stretch of this many characters of a secret survives any text.
    /// </summary>
    public const int Stretch = 8;

    // The secrets as given; the forms a server may echo them in are worked out only when a text is masked (an error
    // or a log line), not for every request that merely carries a mask.
    private readonly string[] _secrets;
    private string[]? _forms;

    private SecretMask(string[] secrets) => _secrets = secrets;

    // Longest first, so that a form containing a shorter one is masked whole. Computing it twice in a race is harmless.
    private string[] Forms => _forms ??= FormsOf(_secrets);

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

    /// <summary>
    /// The mask of a request: its <c>Authorization</c> header's secrets and those of its JSON body, the model's
    /// (<see cref="ISecretBearer"/>) when the body still holds it, else those <see cref="AttachAsync"/> found in it.
    /// Worked out when a text is masked, not for every request.
    /// </summary>
    public static SecretMask For(HttpRequestMessage? request)
    {
        if (request is null)
        {
            return None;
        }

        if (request.Options.TryGetValue(ApiRequestOptions.SecretMask, out SecretMask? attached))
        {
            return attached;
        }

        SecretMask mask = FromAuthorization(request.Headers.Authorization);
        return request.Content switch
        {
            WireJsonContent wire => mask.With(wire.Model),
            System.Net.Http.Json.JsonContent json => mask.With(json.Value),
            _ => mask,
        };
    }

    /// <summary>
    /// Attaches to a request, once, the mask of a JSON body that does not hold its model (one built by other code than
    /// this package's routes): the values of the body's top-level <c>httpAuthHeader</c> and <c>password</c>
    /// properties, read now, before the body is sent. Bodies of this package's routes need nothing here.
    /// </summary>
    public static async ValueTask AttachAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is null or WireJsonContent or System.Net.Http.Json.JsonContent
            || request.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.OrdinalIgnoreCase) != true
            || request.Options.TryGetValue(ApiRequestOptions.SecretMask, out _))
        {
            return;
        }

        // Request bodies are small; buffered once here, they are sent (and resent on retry) from the buffer.
        HttpContent content = request.Content;
#if NET10_0_OR_GREATER
        await content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
#else
        await content.LoadIntoBufferAsync().ConfigureAwait(false);
#endif
        SecretMask mask = FromAuthorization(request.Headers.Authorization)
            .With(SecretsOfBody(await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false)));
        request.Options.Set(ApiRequestOptions.SecretMask, mask);
    }

    /// <summary>This mask widened with the secrets a request body carries (see <see cref="ISecretBearer"/>).</summary>
    public SecretMask With(object? requestBody)
        => requestBody is ISecretBearer bearer ? With(bearer.Secrets) : this;

    /// <summary>This mask widened with more secrets.</summary>
    public SecretMask With(IEnumerable<string?> secrets)
    {
        var known = new HashSet<string>(_secrets, StringComparer.Ordinal);
        foreach (string? secret in secrets)
        {
            if (!string.IsNullOrEmpty(secret))
            {
                known.Add(secret);
            }
        }

        return known.Count == _secrets.Length ? this : new SecretMask([.. known]);
    }

    private static string[] FormsOf(string[] secrets)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (string secret in secrets)
        {
            forms.Add(secret);
            forms.Add(Convert.ToBase64String(Encoding.UTF8.GetBytes(secret)));
            forms.Add(JavaScriptEncoder.Default.Encode(secret));
            forms.Add(JavaScriptEncoder.UnsafeRelaxedJsonEscaping.Encode(secret));
            forms.Add(Uri.EscapeDataString(secret));
        }

        return [.. forms.OrderByDescending(form => form.Length).ThenBy(form => form, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The text with every known secret masked first, on the text as given, then every phone-number-like digit run
    /// (a secret with a digit run in it is still whole when it is looked for).
    /// </summary>
    public string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PhoneNumberMask.Apply(MaskSecrets(text));
    }

    /// <summary><see cref="Apply(string)"/> for optional text.</summary>
    public string? ApplyOrNull(string? text) => text is null ? null : Apply(text);

    /// <summary>The text with known secrets masked but digits kept, for ids and codes a user quotes to support.</summary>
    public string? SecretsOnly(string? text) => text is null ? null : MaskSecrets(text);

    /// <summary>
    /// The masking rule: every stretch of <see cref="Stretch"/> or more characters of a secret (in any of its forms) is
    /// masked wherever it stands, so that neither a secret cut short by the server nor one inside a longer word
    /// survives; a form shorter than that is masked only where it stands as a whole word (no letter or digit on
    /// either side), so that a one-character test key <c>k</c> leaves "token invalid" as it is.
    /// </summary>
    private string MaskSecrets(string text)
    {
        if (_secrets.Length == 0 || text.Length == 0)
        {
            return text;
        }

        bool[]? hidden = null;
        foreach (string form in Forms)
        {
            if (form.Length < Stretch)
            {
                Hide(text, form, wholeWord: true, ref hidden);
                continue;
            }

            for (int start = 0; start + Stretch <= form.Length; start++)
            {
                Hide(text, form.AsSpan(start, Stretch), wholeWord: false, ref hidden);
            }
        }

        if (hidden is null)
        {
            return text;
        }

        var masked = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (!hidden[i])
            {
                masked.Append(text[i]);
            }
            else if (i == 0 || !hidden[i - 1])
            {
                masked.Append(Masked);
            }
        }

        return masked.ToString();
    }

    private static void Hide(string text, ReadOnlySpan<char> part, bool wholeWord, ref bool[]? hidden)
    {
        for (int from = 0, found; from < text.Length && (found = text.AsSpan(from).IndexOf(part, StringComparison.Ordinal)) >= 0; from = from + found + 1)
        {
            int at = from + found;
            int end = at + part.Length;
            if (wholeWord && ((at > 0 && char.IsLetterOrDigit(text[at - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end]))))
            {
                continue;
            }

            hidden ??= new bool[text.Length];
            Array.Fill(hidden, true, at, part.Length);
        }
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

    // The request properties of the services' APIs that hold secrets: a webhook's auth value, a push password.
    private static List<string?> SecretsOfBody(byte[] body)
    {
        List<string?> secrets = [];
        try
        {
            var reader = new System.Text.Json.Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != System.Text.Json.JsonTokenType.StartObject)
            {
                return secrets;
            }

            while (reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.PropertyName)
            {
                Core.Json.WireToken.TryGetText(ref reader, out string name);
                reader.Read();
                if (reader.TokenType == System.Text.Json.JsonTokenType.String
                    && (name.Equals("httpAuthHeader", StringComparison.OrdinalIgnoreCase) || name.Equals("password", StringComparison.OrdinalIgnoreCase))
                    && Core.Json.WireToken.TryGetText(ref reader, out string value))
                {
                    secrets.Add(value);
                    secrets.Add(value.Split(' ', 2, StringSplitOptions.TrimEntries) is [_, var credentials] ? credentials : null);
                }

                reader.Skip();
            }
        }
        catch (System.Text.Json.JsonException)
        {
            // Our own request bodies are valid JSON; nothing more to find in one that is not.
        }

        return secrets;
    }

    private static string? TryDecodeBase64(string text)
    {
        Span<byte> bytes = stackalloc byte[1024];
        return text.Length <= 1360 && Convert.TryFromBase64String(text, bytes, out int written)
            ? Encoding.UTF8.GetString(bytes[..written])
            : null;
    }
}
