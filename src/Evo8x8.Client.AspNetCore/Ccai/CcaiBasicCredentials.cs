using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Evo8x8.Client.AspNetCore.Ccai;

/// <summary>The HTTP Basic check of external session events, one user name and password per channel.</summary>
internal static class CcaiBasicCredentials
{
    /// <summary>The failed check's name, or <see langword="null"/> when the credentials match (compared in constant time).</summary>
    public static string? Check(string? header, string? user, string? password)
    {
        if (string.IsNullOrEmpty(user) || string.IsNullOrEmpty(password))
        {
            return "no credentials configured for this channel";
        }

        if (!AuthenticationHeaderValue.TryParse(header, out AuthenticationHeaderValue? value)
            || !value.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) || value.Parameter is null)
        {
            return "missing Basic Authorization header";
        }

        byte[] expected = Encoding.UTF8.GetBytes(Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(value.Parameter)) ? null : "wrong user name or password";
    }
}
