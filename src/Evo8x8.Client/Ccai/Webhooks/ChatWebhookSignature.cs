using System.Security.Cryptography;
using System.Text;

namespace Evo8x8.Client.Ccai.Webhooks;

/// <summary>
/// The signature of a CCAI Platform chat webhook, as read from Google's text and a third-party client (unconfirmed by
/// Google): base64 (standard, padded) of HMAC-SHA256 keyed by the secret's UTF-8 bytes over the <c>X-Signature-Timestamp</c>
/// value immediately followed by the raw body. <c>X-Signature</c> holds <c>primary=…</c> and, once a second secret
/// exists, <c> secondary=…</c>.
/// </summary>
public static class ChatWebhookSignature
{
    /// <summary>Computes a signature as the platform is read to compute it; the emulator and tests sign with it.</summary>
    /// <param name="secret">The webhook secret from Developer Settings.</param>
    /// <param name="timestamp">The <c>X-Signature-Timestamp</c> value, exactly as sent.</param>
    /// <param name="body">The raw request body.</param>
    /// <returns>The base64 signature.</returns>
    public static string Compute(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(timestamp);
        return Convert.ToBase64String(Hash(Encoding.UTF8.GetBytes(secret), timestamp, body));
    }

    /// <summary>
    /// Checks a delivery: every signature of <paramref name="signatureHeader"/> (by key, in any order, either may be
    /// absent) against every configured secret, in constant time, so rotated secrets and lagging labels both pass.
    /// </summary>
    /// <param name="signatureHeader">The <c>X-Signature</c> value.</param>
    /// <param name="timestamp">The <c>X-Signature-Timestamp</c> value.</param>
    /// <param name="body">The raw request body.</param>
    /// <param name="secrets">The configured secrets (primary, secondary); empty or <see langword="null"/> entries are skipped.</param>
    /// <returns><see cref="ChatWebhookSignatureCheck.Valid"/>, or which check failed.</returns>
    public static ChatWebhookSignatureCheck Verify(string? signatureHeader, string? timestamp, ReadOnlySpan<byte> body, params string?[] secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        if (string.IsNullOrWhiteSpace(timestamp))
        {
            return ChatWebhookSignatureCheck.MissingTimestamp;
        }

        List<byte[]> signatures = ReadSignatures(signatureHeader);
        if (signatures.Count == 0)
        {
            return ChatWebhookSignatureCheck.MissingSignature;
        }

        bool anySecret = false;
        bool match = false;
        foreach (string? secret in secrets)
        {
            if (string.IsNullOrEmpty(secret))
            {
                continue;
            }

            anySecret = true;
            byte[] expected = Hash(Encoding.UTF8.GetBytes(secret), timestamp, body);
            foreach (byte[] signature in signatures)
            {
                // Every pair is compared, so the time taken says nothing of which one matched.
                match |= CryptographicOperations.FixedTimeEquals(expected, signature);
            }
        }

        return !anySecret ? ChatWebhookSignatureCheck.NoSecretConfigured
            : match ? ChatWebhookSignatureCheck.Valid
            : ChatWebhookSignatureCheck.SignatureMismatch;
    }

    private static byte[] Hash(byte[] key, string timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(Encoding.UTF8.GetBytes(timestamp));
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }

    private static List<byte[]> ReadSignatures(string? header)
    {
        var signatures = new List<byte[]>(2);
        if (string.IsNullOrWhiteSpace(header))
        {
            return signatures;
        }

        foreach (string part in header.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            string key = part[..equals];
            if (!key.Equals("primary", StringComparison.OrdinalIgnoreCase) && !key.Equals("secondary", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            byte[] decoded = new byte[part.Length];
            if (Convert.TryFromBase64String(part[(equals + 1)..], decoded, out int written))
            {
                signatures.Add(decoded[..written]);
            }
        }

        return signatures;
    }
}
