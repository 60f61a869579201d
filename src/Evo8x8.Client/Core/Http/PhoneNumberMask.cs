using System.Text.RegularExpressions;
using System.Text;

namespace Evo8x8.Client.Core.Http;

/// <summary>
/// Masks anything that could be a phone number in free text before it reaches a log: every run of seven or
/// more digits (spaces, dashes and parentheses between them allowed) that stands on its own
/// keeps only its last two digits. A run that is part of a word, an id or a GUID (a letter, digit, <c>_</c> or
/// <c>-</c> joins it to its neighbour, as in <c>sess-6070809-x</c>), and a run of more than 15 digits (longer than any
/// E.164 number), are left as they are.
/// </summary>
internal static partial class PhoneNumberMask
{
    private const int MaxDigits = 15;

    /// <summary>Returns <paramref name="text"/> with its possible phone numbers masked, for example <c>+*********67</c>.</summary>
    public static string Apply(string text)
        => DigitRun().Replace(text, static match =>
        {
            // E.164 numbers have at most 15 digits; a longer run (an all-digit GUID, a card-like id) is no phone number.
            if (match.Value.Count(char.IsAsciiDigit) > MaxDigits)
            {
                return match.Value;
            }

            var masked = new StringBuilder(match.Value);
            int digitsLeft = 0;
            for (int i = masked.Length - 1; i >= 0; i--)
            {
                if (char.IsAsciiDigit(masked[i]) && ++digitsLeft > 2)
                {
                    masked[i] = '*';
                }
            }

            return masked.ToString();
        });

    [GeneratedRegex(@"(?<![\p{L}\p{N}_\-])\d(?:[ \-()]{0,2}\d){6,}(?![\p{L}\p{N}_]|-[\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRun();
}
