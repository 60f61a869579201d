namespace Evo8x8.Client.Ccai;

/// <summary>
/// Compares CCAI vocabulary text in the form every spelling of one value shares: letters and digits ignoring case,
/// any run of other characters as one separator. So <c>Voice Inbound (API)</c>, <c>voice_inbound_api</c> and
/// <c>VOICE-INBOUND-API</c> are one value, and <c>not asked</c> is <c>not_asked</c>. Allocates nothing.
/// </summary>
internal static class CcaiVocabularyKey
{
    public static bool Equal(string? left, string? right)
        => left is null || right is null ? left is null && right is null : Equal(left.AsSpan(), right.AsSpan());

    public static bool Equal(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        KeyCursor a = new(left);
        KeyCursor b = new(right);
        while (true)
        {
            char x = a.Next();
            char y = b.Next();
            if (x != y)
            {
                return false;
            }

            if (x == '\0')
            {
                return true;
            }
        }
    }

    /// <summary>The key itself as text, for example <c>voice_inbound_api</c>: what equal values have in common.</summary>
    public static string ToKey(string text)
    {
        Span<char> key = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int length = 0;
        KeyCursor cursor = new(text);
        for (char c = cursor.Next(); c != '\0'; c = cursor.Next())
        {
            key[length++] = c;
        }

        return new string(key[..length]);
    }

    public static int Hash(string? text) => text is null ? 0 : Hash(text.AsSpan());

    public static int Hash(ReadOnlySpan<char> text)
    {
        HashCode hash = default;
        KeyCursor cursor = new(text);
        for (char c = cursor.Next(); c != '\0'; c = cursor.Next())
        {
            hash.Add(c);
        }

        return hash.ToHashCode();
    }

    /// <summary>Walks text yielding its key characters: lower-case letters and digits, '_' for each run of anything else, '\0' at the end.</summary>
    private ref struct KeyCursor(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _index;
        private bool _started;

        public char Next()
        {
            bool separated = false;
            while (_index < _text.Length)
            {
                char c = _text[_index];
                if (char.IsLetterOrDigit(c))
                {
                    if (separated && _started)
                    {
                        // Leave the letter for the next call; the separator comes first.
                        return '_';
                    }

                    _index++;
                    _started = true;
                    return char.ToLowerInvariant(c);
                }

                separated = true;
                _index++;
            }

            // Trailing separators (a closing parenthesis) do not count.
            return '\0';
        }
    }
}
