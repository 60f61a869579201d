using System.Globalization;
using System.Text.Json;
using System.Text;

namespace Evo8x8.Client.Core.Json;

/// <summary>
/// Finds where a JSON text stops being well-formed, with the JSON path reached so far. Runs only after parsing
/// failed, to tell "not JSON" from "JSON of the wrong shape" and to say where, so its cost never touches a valid body.
/// </summary>
internal static class JsonSyntaxProbe
{
    /// <summary>A syntax error: what, at which path, and the 1-based line and byte position.</summary>
    internal readonly record struct SyntaxError(string Reason, string Path, long Line, long BytePositionInLine);

    public static bool TryFindError(ReadOnlySpan<byte> json, out SyntaxError error)
    {
        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(json);
        try
        {
            while (reader.Read())
            {
                Track(ref reader, frames);
            }

            error = default;
            return false;
        }
        catch (JsonException ex)
        {
            error = new(JsonErrorText.WithoutPosition(ex), PathOf(frames), (ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1);
            return true;
        }
    }

    /// <summary>The 1-based line and byte position of an absolute byte offset.</summary>
    public static (long Line, long BytePositionInLine) PositionOf(ReadOnlySpan<byte> json, long offset)
    {
        ReadOnlySpan<byte> before = json[..(int)Math.Min(offset, json.Length)];
        int lastNewLine = before.LastIndexOf((byte)'\n');
        return (before.Count((byte)'\n') + 1, before.Length - lastNewLine);
    }

    private static void Track(ref Utf8JsonReader reader, List<Frame> frames)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.PropertyName:
                // A name with a lone surrogate escape (\uD800) cannot become a string; the path then shows it as written.
                WireToken.TryGetText(ref reader, out string name);
                frames[^1] = frames[^1] with { Property = name };
                break;
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                CountArrayElement(frames);
                frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, -1, null));
                break;
            case JsonTokenType.EndObject or JsonTokenType.EndArray:
                frames.RemoveAt(frames.Count - 1);
                break;
            default:
                CountArrayElement(frames);
                break;
        }
    }

    private static void CountArrayElement(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[^1].IsArray)
        {
            frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
        }
    }

    private static string PathOf(List<Frame> frames)
    {
        var path = new StringBuilder("$");
        foreach (Frame frame in frames)
        {
            if (frame.IsArray && frame.Index >= 0)
            {
                path.Append(CultureInfo.InvariantCulture, $"[{frame.Index}]");
            }
            else if (frame.Property is not null)
            {
                path.Append('.').Append(frame.Property);
            }
        }

        return path.ToString();
    }

    private readonly record struct Frame(bool IsArray, int Index, string? Property);
}
