using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Evo8x8.Client.Core.Json;

/// <summary>
/// Turns System.Text.Json's error messages into JSON words a user can act on ("expected a number or a numeric
/// string"), without .NET type names and without the serializer's own 0-based position tail, so that each error
/// states one position of our own.
/// </summary>
internal static partial class JsonErrorText
{
    /// <summary>The message in JSON words, without the " Path: … | LineNumber: … | BytePositionInLine: …" tail.</summary>
    public static string WithoutPosition(JsonException exception)
    {
        string message = exception.Message;
        int tail = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (tail < 0)
        {
            tail = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        return InJsonWords(tail > 0 ? message[..tail] : message);
    }

    /// <summary>The message in JSON words followed by the one position it has: JSON path, 1-based line and byte.</summary>
    public static string Describe(JsonException exception)
    {
        string reason = WithoutPosition(exception).TrimEnd('.');
        if (exception.Path is null && exception.LineNumber is null)
        {
            return reason + ".";
        }

        string path = exception.Path is null ? string.Empty : $" at {exception.Path}";
        string line = exception.LineNumber is { } number
            ? string.Create(CultureInfo.InvariantCulture, $" (line {number + 1}, byte {(exception.BytePositionInLine ?? 0) + 1})")
            : string.Empty;
        return reason + path + line + ".";
    }

    /// <summary>Rewrites the serializer's phrases that name .NET types into what the JSON should have held.</summary>
    internal static string InJsonWords(string message)
    {
        Match conversion = ConvertedTo().Match(message);
        if (conversion.Success)
        {
            return $"expected {Expected(conversion.Groups["type"].Value)}";
        }

        Match duplicate = DuplicateProperty().Match(message);
        if (duplicate.Success)
        {
            return $"{duplicate.Groups["name"].Value} appears twice; a body with a duplicate key is refused";
        }

        Match required = MissingRequired().Match(message);
        if (required.Success)
        {
            return $"a required property is missing: {required.Groups["names"].Value.TrimEnd('.')}";
        }

        return TypeName().Replace(message, "the expected value");
    }

    private static string Expected(string typeName)
    {
        string type = NullableOf().Match(typeName) is { Success: true } nullable ? nullable.Groups["inner"].Value : typeName;
        return type switch
        {
            "System.Int16" or "System.Int32" or "System.Int64" or "System.UInt16" or "System.UInt32" or "System.UInt64" or "System.Byte"
                or "System.SByte" or "System.Double" or "System.Single" or "System.Decimal" => "a number or a numeric string",
            "System.String" or "System.Uri" or "System.Guid" => "a string",
            "System.Boolean" => "true or false",
            "System.DateTime" or "System.DateTimeOffset" or "NodaTime.Instant" or "NodaTime.OffsetDateTime" => "a timestamp string",
            _ when type.Contains("List`1", StringComparison.Ordinal) || type.Contains("Collection`1", StringComparison.Ordinal)
                || type.Contains("Enumerable`1", StringComparison.Ordinal) || type.EndsWith("[]", StringComparison.Ordinal) => "an array",
            _ => "an object",
        };
    }

    [GeneratedRegex(@"could not be converted to (?<type>\S+?)\.?(?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ConvertedTo();

    [GeneratedRegex(@"^System\.Nullable`1\[(?<inner>[^\]]+)\]$", RegexOptions.CultureInvariant)]
    private static partial Regex NullableOf();

    [GeneratedRegex(@"Duplicate property '(?<name>[^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex DuplicateProperty();

    [GeneratedRegex(@"missing required properties,? including:? (?<names>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"'?\b(?:System|Evo8x8|NodaTime)\.[\w.`\[\],+]+'?", RegexOptions.CultureInvariant)]
    private static partial Regex TypeName();
}
