using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace Evo8x8.Client.Tests.Core.Json.Fuzz;

/// <summary>One change to a fixture's bytes: what kind, where (a fraction of the length) and a free parameter.</summary>
internal readonly record struct Mutation(Mutation.Kind What, double Where, int Parameter)
{
    public enum Kind
    {
        ByteFlip,
        Truncate,
        InsertBytes,
        TypeSwap,
        DeepNesting,
        LongNumber,
        LongString,
        InvalidUtf8,
        LoneSurrogate,
        ByteOrderMark,
        DuplicateKey,
        NestedTypeSwap,
    }

    private static readonly string[] Values =
    [
        "null", "[null]", "[]", "{}", "\"\"", "\"null\"", "\"x\"", "0", "-1", "1.5", "1e400", "-1e400", "-9223372036854775808",
        "9223372036854775808", "true", "false", "\"\\uD800\"", "\"9999-12-31T23:59:59-14:00\"", "\"2024-01-02T03:04:05+21:00\"",
        "\"0001-01-01T00:00:00+14:00\"", "1449551462399.999", "-1449551462400", "[{}]", "{\"a\":null}", "[1,\"2\",null]", "\"/Date(-9223372036854775808)/\"",
    ];

    private static readonly byte[][] BrokenUtf8 = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80], [0x80]];

    /// <summary>Fixture index and one to three mutations, from CsCheck's generators.</summary>
    public static Gen<(int Fixture, Mutation[] Mutations)> Plans(int fixtures)
        => Gen.Select(
            Gen.Int[0, fixtures - 1],
            Gen.Select(Gen.Int[0, (int)Kind.NestedTypeSwap], Gen.Double[0, 1], Gen.Int[0, 1_000_000], (k, w, p) => new Mutation((Kind)k, w, p)).Array[1, 3]);

    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{What}@{Where:F4}/{Parameter}");

    public byte[] ApplyTo(byte[] input)
    {
        var bytes = new List<byte>(input);
        int at = Math.Clamp((int)(Where * bytes.Count), 0, bytes.Count);
        switch (What)
        {
            case Kind.ByteFlip when bytes.Count > 0:
                int flip = Math.Min(at, bytes.Count - 1);
                bytes[flip] ^= (byte)(1 << (Parameter % 8));
                break;
            case Kind.Truncate:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case Kind.InsertBytes:
                bytes.InsertRange(at, BitConverter.GetBytes(Parameter).Take((Parameter % 4) + 1));
                break;
            case Kind.TypeSwap:
                ReplaceValue(bytes, at, Encoding.UTF8.GetBytes(Values[Parameter % Values.Length]));
                break;
            case Kind.DeepNesting:
                int depth = 32 + (Parameter % 2000);
                ReplaceValue(bytes, at, Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', depth)));
                break;
            case Kind.LongNumber:
                ReplaceValue(bytes, at, Encoding.UTF8.GetBytes((Parameter % 2 == 0 ? "-" : string.Empty) + new string((char)('1' + (Parameter % 9)), 20 + (Parameter % 5000)) + (Parameter % 3 == 0 ? ".5e9" : string.Empty)));
                break;
            case Kind.LongString:
                ReplaceValue(bytes, at, Encoding.UTF8.GetBytes("\"" + new string('s', 100 + (Parameter % 100_000)) + "\""));
                break;
            case Kind.InvalidUtf8:
                bytes.InsertRange(at, BrokenUtf8[Parameter % BrokenUtf8.Length]);
                break;
            case Kind.LoneSurrogate:
                int quote = bytes.IndexOf((byte)'"', at);
                bytes.InsertRange(quote < 0 ? at : quote + 1, Encoding.ASCII.GetBytes(Parameter % 2 == 0 ? "\\uD800" : "\\uDFFF"));
                break;
            case Kind.ByteOrderMark:
                bytes.InsertRange(Parameter % 2 == 0 ? 0 : at, [0xEF, 0xBB, 0xBF]);
                break;
            case Kind.DuplicateKey:
                DuplicateKey(bytes, at);
                break;
            case Kind.NestedTypeSwap:
                return SwapNestedValue(input) ?? ApplyTo(input, this with { What = Kind.TypeSwap });
        }

        return [.. bytes];
    }

    private static byte[] ApplyTo(byte[] input, Mutation mutation) => mutation.ApplyTo(input);

    /// <summary>
    /// Reads the document as a tree and replaces one value picked from all of them, at any depth (a member of an
    /// object inside a list inside an object, or a list's element), with a value of another JSON type; or puts a
    /// null into a list. <see langword="null"/> when the input is not one JSON document (an NDJSON file).
    /// </summary>
    private byte[]? SwapNestedValue(byte[] input)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(input, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = true });
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            // Not one document, or one with a duplicate key (JsonObject keeps one value per name).
            return null;
        }

        var values = new List<JsonNode>();
        try
        {
            Collect(root, values);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return null;
        }

        if (values.Count == 0)
        {
            return null;
        }

        JsonNode target = values[Math.Min((int)(Where * values.Count), values.Count - 1)];
        JsonNode? replacement = JsonNode.Parse(Values[Parameter % Values.Length]);
        if (Parameter % 5 == 0 && target is JsonArray list)
        {
            // A null element among the list's own ones ([1, null]), the case behind issue 22's DeduplicationKey.
            list.Insert(Parameter % (list.Count + 1), null);
        }
        else if (target.Parent is JsonObject parent)
        {
            parent[target.GetPropertyName()] = replacement;
        }
        else if (target.Parent is JsonArray array)
        {
            array[target.GetElementIndex()] = replacement;
        }
        else
        {
            root = replacement;
        }

        try
        {
            return Encoding.UTF8.GetBytes(root?.ToJsonString() ?? "null");
        }
        catch (InvalidOperationException)
        {
            // A string with an escaped lone surrogate, which the tree cannot write back (an earlier mutation's).
            return null;
        }
    }

    private static void Collect(JsonNode? node, List<JsonNode> values)
    {
        if (node is null)
        {
            return;
        }

        values.Add(node);
        switch (node)
        {
            case JsonObject members:
                foreach (KeyValuePair<string, JsonNode?> member in members)
                {
                    Collect(member.Value, values);
                }

                break;
            case JsonArray elements:
                foreach (JsonNode? element in elements)
                {
                    Collect(element, values);
                }

                break;
        }
    }

    // Replaces the value after the next ':' (or the element after the next '[' or ',') with other JSON text.
    private static void ReplaceValue(List<byte> bytes, int at, byte[] replacement)
    {
        int colon = -1;
        for (int i = at; i < bytes.Count; i++)
        {
            if (bytes[i] is (byte)':' or (byte)'[' or (byte)',')
            {
                colon = i;
                break;
            }
        }

        if (colon < 0)
        {
            bytes.InsertRange(at, replacement);
            return;
        }

        int start = colon + 1;
        while (start < bytes.Count && bytes[start] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            start++;
        }

        int end = ValueEnd(bytes, start);
        bytes.RemoveRange(start, end - start);
        bytes.InsertRange(start, replacement);
    }

    private static int ValueEnd(List<byte> bytes, int start)
    {
        if (start >= bytes.Count)
        {
            return start;
        }

        int depth = 0;
        bool inString = false;
        for (int i = start; i < bytes.Count; i++)
        {
            byte b = bytes[i];
            if (inString)
            {
                if (b == (byte)'\\')
                {
                    i++;
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                    if (depth == 0)
                    {
                        return i + 1;
                    }
                }

                continue;
            }

            switch (b)
            {
                case (byte)'"':
                    inString = true;
                    break;
                case (byte)'{' or (byte)'[':
                    depth++;
                    break;
                case (byte)'}' or (byte)']':
                    if (depth == 0)
                    {
                        return i;
                    }

                    if (--depth == 0)
                    {
                        return i + 1;
                    }

                    break;
                case (byte)',' when depth == 0:
                    return i;
            }
        }

        return bytes.Count;
    }

    // Writes the next property name once more, with a null value, just before itself.
    private static void DuplicateKey(List<byte> bytes, int at)
    {
        int open = bytes.IndexOf((byte)'"', at);
        int close = open < 0 ? -1 : bytes.IndexOf((byte)'"', open + 1);
        if (close < 0 || close + 1 >= bytes.Count || bytes[close + 1] != (byte)':')
        {
            return;
        }

        List<byte> name = bytes.GetRange(open, close - open + 1);
        bytes.InsertRange(open, [.. name, (byte)':', .. "null,"u8.ToArray()]);
    }
}
