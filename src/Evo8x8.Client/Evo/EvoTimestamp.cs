using System.Globalization;
using Evo8x8.Client.Core.Json;
using NodaTime.Text;
using NodaTime;

namespace Evo8x8.Client.Evo;

/// <summary>
/// A date Evo Voice sends as a string: <see cref="Raw"/> keeps the text exactly as sent, and <see cref="Value"/> is
/// the instant it denotes when the text is an ISO-8601 timestamp with <c>Z</c> or an offset, or ServiceStack's
/// <c>/Date(milliseconds)/</c> form. Other text is kept, never thrown on.
/// </summary>
public readonly record struct EvoTimestamp
{
    private const string WcfPrefix = "/Date(";
    private const string WcfSuffix = ")/";

    private readonly string? _raw;

    /// <summary>Wraps text as Evo sent it, reading the instant from it when it is in a known form.</summary>
    /// <param name="raw">The text; an empty string gives a timestamp without <see cref="Value"/>.</param>
    public EvoTimestamp(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        _raw = raw;
        Value = TryParse(raw, out Instant instant) ? instant : null;
    }

    /// <summary>Wraps an instant, written as ISO-8601 UTC (for example <c>2024-07-03T05:59:32.226Z</c>); handy in tests and emulators.</summary>
    /// <param name="value">The instant.</param>
    public EvoTimestamp(Instant value)
    {
        _raw = InstantPattern.ExtendedIso.Format(value);
        Value = value;
    }

    /// <summary>The text exactly as Evo sent it.</summary>
    public string Raw => _raw ?? string.Empty;

    /// <summary>The instant the text denotes, or <see langword="null"/> when Evo sent text in a form this SDK does not read.</summary>
    public Instant? Value { get; }

    /// <summary>The text as Evo sent it.</summary>
    public override string ToString() => Raw;

    private static bool TryParse(string text, out Instant value)
    {
        string trimmed = text.Trim();
        if (InstantJsonConverter.TryParse(trimmed, out value))
        {
            return true;
        }

        return TryParseWcf(trimmed, out value);
    }

    /// <summary>Reads ServiceStack's default date form <c>/Date(1700000000000)/</c> or <c>/Date(1700000000000-0500)/</c>.</summary>
    private static bool TryParseWcf(string text, out Instant value)
    {
        value = default;
        if (!text.StartsWith(WcfPrefix, StringComparison.Ordinal) || !text.EndsWith(WcfSuffix, StringComparison.Ordinal))
        {
            return false;
        }

        ReadOnlySpan<char> inner = text.AsSpan(WcfPrefix.Length, text.Length - WcfPrefix.Length - WcfSuffix.Length);

        // The offset only says which zone the writer was in; the milliseconds are already UTC.
        int offsetAt = inner.Length > 1 ? inner[1..].IndexOfAny('+', '-') : -1;
        ReadOnlySpan<char> milliseconds = offsetAt >= 0 ? inner[..(offsetAt + 1)] : inner;
        if (!long.TryParse(milliseconds, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long unixMilliseconds)
            || unixMilliseconds < Instant.MinValue.ToUnixTimeMilliseconds()
            || unixMilliseconds > Instant.MaxValue.ToUnixTimeMilliseconds())
        {
            return false;
        }

        value = Instant.FromUnixTimeMilliseconds(unixMilliseconds);
        return true;
    }
}
