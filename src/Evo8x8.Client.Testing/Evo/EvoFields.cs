using System.Text.Json;
using Evo8x8.Client.Testing.Core;

namespace Evo8x8.Client.Testing.Evo;

/// <summary>
/// A request DTO's fields as ServiceStack binds them: query string first, then the JSON body over it, names in any
/// case. Values are kept as JSON so that a wrong type can be refused the way ServiceStack refuses it.
/// </summary>
internal sealed class EvoFields
{
    private readonly Dictionary<string, JsonElement> _fields;

    private EvoFields(Dictionary<string, JsonElement> fields) => _fields = fields;

    /// <summary>The fields, or <see langword="null"/> when the body is neither empty nor a JSON object.</summary>
    public static EvoFields? Read(EmulatorRequest request)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach ((string name, Microsoft.Extensions.Primitives.StringValues values) in request.Context.Request.Query)
        {
            using JsonDocument text = JsonDocument.Parse($"\"{JsonEncodedText.Encode(values.ToString())}\"");
            fields[name] = text.RootElement.Clone();
        }

        if (string.IsNullOrWhiteSpace(request.Body))
        {
            return new EvoFields(fields);
        }

        try
        {
            using JsonDocument body = JsonDocument.Parse(request.Body);
            if (body.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (JsonProperty property in body.RootElement.EnumerateObject())
            {
                fields[property.Name] = property.Value.Clone();
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return new EvoFields(fields);
    }

    /// <summary>The field as text (numbers and booleans by their JSON text); <see langword="null"/> when absent, null or empty.</summary>
    public string? Text(string name)
    {
        if (!_fields.TryGetValue(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        string text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        return text.Length == 0 ? null : text;
    }

    /// <summary>An enum field, matched in any case and answered in Evo's spelling; a field error when it is not one of <paramref name="allowed"/>.</summary>
    public FieldError? Choice(string name, IReadOnlyList<string> allowed, string enumName, string? fallback, out string? chosen)
    {
        FieldError? problem = EvoSession.Choice(_fields, name, allowed, enumName, fallback ?? string.Empty, out string match);
        chosen = problem is null && (match.Length > 0) ? match : null;
        return problem;
    }
}
