using System.Collections.ObjectModel;
using System.Text.Json;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// The members of one object that its model does not name, as a member-by-member reader meets them: a string, number,
/// <c>true</c>, <c>false</c> or <c>null</c> is kept as its JSON text, appended to one buffer for all of them; an object
/// or array as the element the serializer makes. The dictionary the model exposes is built on first use, from one
/// document for every kept text: a document per member cost about 0.2 µs and 0.2 KB each on every event, read or not.
/// </summary>
/// <remarks>
/// Filled by one reader before the model is handed out, then only read: building is safe from several threads at once,
/// and every reader gets the same dictionary and the same read-only view of it.
/// </remarks>
internal sealed class UnknownMemberStore
{
    // Up to this many names are checked for repeats one by one; past it, in a set (a body may hold thousands).
    private const int NamesScanned = 8;

    private Entry[] _entries = [];
    private int _count;

    // "[" then each kept text, comma-separated, always followed by "]": a JSON array of the values kept as text.
    private byte[]? _texts;
    private int _textsLength;
    private HashSet<string>? _names;

    private Dictionary<string, JsonElement>? _members;
    private ReadOnlyDictionary<string, JsonElement>? _view;

    /// <summary>Creates an empty store for a reader to fill.</summary>
    public UnknownMemberStore()
    {
    }

    private UnknownMemberStore(Dictionary<string, JsonElement> members) => _members = members;

    /// <summary>
    /// The members as the serializer's extension data: built on first use (every caller gets the same instance), and
    /// filled by the serializer itself when it reads the model through the context.
    /// </summary>
    public Dictionary<string, JsonElement> Members => Volatile.Read(ref _members) ?? Build();

    /// <summary>The members as the model's public read-only view: one instance, or <see cref="UnknownMembers.Empty"/> for none.</summary>
    public IReadOnlyDictionary<string, JsonElement> View
    {
        get
        {
            Dictionary<string, JsonElement> members = Members;
            if (members.Count == 0)
            {
                return UnknownMembers.Empty;
            }

            if (Volatile.Read(ref _view) is { } view)
            {
                return view;
            }

            var made = new ReadOnlyDictionary<string, JsonElement>(members);
            return Interlocked.CompareExchange(ref _view, made, null) ?? made;
        }
    }

    /// <summary>
    /// A store holding a dictionary the serializer or a model factory made, or <see langword="null"/> for none;
    /// <paramref name="current"/> itself when it already holds that dictionary, so that <c>with</c> keeps a model equal.
    /// </summary>
    public static UnknownMemberStore? Of(Dictionary<string, JsonElement>? members, UnknownMemberStore? current)
        => members is null ? null
            : current is not null && ReferenceEquals(Volatile.Read(ref current._members), members) ? current
            : new(members);

    /// <summary>
    /// Keeps the member whose value the reader is on, as the serializer keeps extension data: a repeated name, or a key
    /// repeated in any object within the value, is refused (the serializer parses extension data with duplicates refused).
    /// </summary>
    /// <param name="name">The member's name, unescaped.</param>
    /// <param name="reader">A reader on the member's value; left on its last token.</param>
    public void Add(string name, ref Utf8JsonReader reader)
    {
        JsonElement value = default;
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray || reader.HasValueSequence)
        {
            // As before: the value is read, and checked, before its name.
            value = JsonElement.ParseValue(ref reader);
            if (RepeatedKey(value) is { } repeated)
            {
                throw new MemberJsonException($"Duplicate property '{repeated}' encountered during deserialization.", name);
            }
        }

        if (!AddName(name))
        {
            throw new MemberJsonException($"Duplicate property '{name}' encountered during deserialization.", name);
        }

        if (value.ValueKind == JsonValueKind.Undefined)
        {
            AppendText(ref reader);
        }

        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, Math.Max(1, _count * 2));
        }

        // An undefined value stands for the next kept text.
        _entries[_count++] = new Entry(name, value);
    }

    /// <summary>Whether <paramref name="name"/> is new here; remembered if so.</summary>
    private bool AddName(string name)
    {
        if (_names is not null)
        {
            return _names.Add(name);
        }

        for (int i = 0; i < _count; i++)
        {
            if (string.Equals(_entries[i].Name, name, StringComparison.Ordinal))
            {
                return false;
            }
        }

        if (_count == NamesScanned)
        {
            _names = new HashSet<string>(StringComparer.Ordinal) { name };
            for (int i = 0; i < _count; i++)
            {
                _names.Add(_entries[i].Name);
            }
        }

        return true;
    }

    /// <summary>Appends the primitive token the reader is on exactly as written (a string with its quotes and escapes).</summary>
    private void AppendText(ref Utf8JsonReader reader)
    {
        ReadOnlySpan<byte> token = reader.ValueSpan;
        bool quoted = reader.TokenType == JsonTokenType.String;

        // The separator ("[" or ","), the quotes, and the closing "]".
        int needed = _textsLength + token.Length + (quoted ? 4 : 2);
        if (_texts is null || _texts.Length < needed)
        {
            Array.Resize(ref _texts, Math.Max(Math.Max(16, needed), (_texts?.Length ?? 0) * 2));
        }

        Span<byte> texts = _texts;
        texts[_textsLength] = _textsLength == 0 ? (byte)'[' : (byte)',';
        _textsLength++;
        if (quoted)
        {
            texts[_textsLength++] = (byte)'"';
        }

        token.CopyTo(texts[_textsLength..]);
        _textsLength += token.Length;
        if (quoted)
        {
            texts[_textsLength++] = (byte)'"';
        }

        texts[_textsLength] = (byte)']';
    }

    private Dictionary<string, JsonElement> Build()
    {
        var members = new Dictionary<string, JsonElement>(_count);
        JsonElement.ArrayEnumerator texts = default;
        if (_texts is not null)
        {
            // The texts were read once already, so they parse; JsonElement.ParseValue copies them into its document.
            var reader = new Utf8JsonReader(_texts.AsSpan(0, _textsLength + 1));
            reader.Read();
            texts = JsonElement.ParseValue(ref reader).EnumerateArray();
        }

        for (int i = 0; i < _count; i++)
        {
            JsonElement value = _entries[i].Value;
            if (value.ValueKind == JsonValueKind.Undefined)
            {
                texts.MoveNext();
                value = texts.Current;
            }

            members.Add(_entries[i].Name, value);
        }

        return Interlocked.CompareExchange(ref _members, members, null) ?? members;
    }

    /// <summary>A key written twice in one object anywhere within <paramref name="value"/>, or null.</summary>
    private static string? RepeatedKey(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                HashSet<string>? names = null;
                foreach (JsonProperty property in value.EnumerateObject())
                {
                    if (!(names ??= new HashSet<string>(StringComparer.Ordinal)).Add(property.Name))
                    {
                        return property.Name;
                    }

                    if (RepeatedKey(property.Value) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (JsonElement item in value.EnumerateArray())
                {
                    if (RepeatedKey(item) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private readonly record struct Entry(string Name, JsonElement Value);
}
