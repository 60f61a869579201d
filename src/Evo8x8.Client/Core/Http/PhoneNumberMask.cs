using System.Text.RegularExpressions;
using System.Text;

namespace Evo8x8.Client.Core.Http;

/// <summary>
/// Masks anything that could be a phone number in free text before it reaches a log: every run of seven or
/// more digits (spaces, dashes and parentheses between them allowed) keeps only its last two digits.
/// </summary>
internal static partial class PhoneNumberMask
{
    /// <summary>Returns <paramref name="text"/> with its possible phone numbers masked, for example <c>+*********67</c>.</summary>
    public static string Apply(string text)
        => DigitRun().Replace(text, static match =>
        {
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

    [GeneratedRegex(@"\d(?:[ \-()]{0,2}\d){6,}", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRun();
}
