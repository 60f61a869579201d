using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace Evo8x8.Client.AspNetCore.Ccai;

/// <summary>What a chat webhook's <c>X-Signature-Timestamp</c> tells beyond the signature: when it was sent, and which delivery it is.</summary>
internal static class CcaiChatDeliveryHeaders
{
    /// <summary>Whether the timestamp lies within <paramref name="window"/> of now, either way; an unreadable one does not.</summary>
    public static bool IsWithin(string timestamp, Duration window, Instant now)
        => ReadTimestamp(timestamp) is { } at && Duration.FromTicks(Math.Abs((now - at).BclCompatibleTicks)) <= window;

    /// <summary>Epoch seconds, epoch milliseconds (13 digits and more) or ISO 8601: the unit is not documented.</summary>
    internal static Instant? ReadTimestamp(string timestamp)
    {
        if (long.TryParse(timestamp, NumberStyles.Integer, CultureInfo.InvariantCulture, out long number))
        {
            return number > 100_000_000_000 ? Instant.FromUnixTimeMilliseconds(number) : Instant.FromUnixTimeSeconds(number);
        }

        return DateTimeOffset.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset parsed)
            ? Instant.FromDateTimeOffset(parsed)
            : null;
    }

    /// <summary>No event id is documented: a delivery is the same when its timestamp and body are.</summary>
    public static string DeliveryId(string timestamp, ReadOnlySpan<byte> body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(timestamp));
        hash.AppendData(body);
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
