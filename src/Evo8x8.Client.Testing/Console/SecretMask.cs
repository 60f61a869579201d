using System.Collections.Concurrent;
using System.Text.Json;

namespace Evo8x8.Client.Testing.Console;

/// <summary>
/// Keeps secrets out of everything the console shows: JSON members whose name says secret are masked, and every known
/// secret (the emulator's credentials, each webhook <c>Authorization</c> value ever registered) is replaced wherever
/// it appears, so a secret echoed in an odd place is masked too.
/// </summary>
internal sealed class SecretMask
{
    public const string Masked = "***";

    // Shorter values would mask ordinary text ("1", "ok"); credentials are never that short.
    private const int ShortestSecret = 4;

    private static readonly string[] SecretNames = ["authorization", "httpauthheader", "password", "apikey", "api_key", "token", "apitoken", "secret", "privatekey"];

    private readonly ConcurrentDictionary<string, byte> _secrets = new(StringComparer.Ordinal);

    public void Add(string? secret)
    {
        if (secret is { Length: >= ShortestSecret })
        {
            _secrets[secret] = 0;

            // "Bearer xyz" registered as a header value: the token alone is as secret as the whole.
            int space = secret.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && secret.Length - space - 1 >= ShortestSecret)
            {
                _secrets[secret[(space + 1)..]] = 0;
            }
        }
    }

    public static bool IsSecretName(string name)
        => Array.Exists(SecretNames, secret => name.Replace("-", string.Empty, StringComparison.Ordinal).Equals(secret, StringComparison.OrdinalIgnoreCase));

    /// <summary>Replaces every known secret in <paramref name="text"/>.</summary>
    public string Text(string text)
    {
        foreach (string secret in _secrets.Keys.OrderByDescending(s => s.Length))
        {
            text = text.Replace(secret, Masked, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Masks secret-named members of a JSON body (and known secrets anywhere); text that is not JSON gets the known secrets masked only.</summary>
    public string Json(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return body;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(body);
            return Text(ConsoleJson.Compose(writer => Write(writer, document.RootElement)));
        }
        catch (JsonException)
        {
            return Text(body);
        }
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    if (IsSecretName(property.Name) && property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                    {
                        writer.WriteStringValue(Masked);
                    }
                    else
                    {
                        Write(writer, property.Value);
                    }
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (JsonElement item in element.EnumerateArray())
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
