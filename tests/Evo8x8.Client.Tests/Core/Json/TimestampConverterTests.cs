using System.Globalization;
using System.Text.Json;
using System.Text;
using CsCheck;
using Evo8x8.Client.Ccai.Json;
using Evo8x8.Client.Ccai;
using Evo8x8.Client.Core.Json;
using Evo8x8.Client.Voice.Json;
using Evo8x8.Client.Voice;
using NodaTime.Text;
using NodaTime;

namespace Evo8x8.Client.Tests.Core.Json;

/// <summary>Timestamps read fast from the bytes must mean exactly what the slow NodaTime path would.</summary>
public sealed class TimestampConverterTests
{
    [Theory]
    [InlineData("2024-07-03T05:59:32.226Z")]
    [InlineData("2024-07-03T08:59:32.226+03:00")]
    [InlineData("2024-07-03T08:59:32.226\\u002B03:00")]
    [InlineData("2024-07-03T01:59:32.226-04:00")]
    public void Read_InstantWithZOrAnOffset_IsTheSameMoment(string text)
    {
        CallflowResult result = JsonSerializer.Deserialize($$"""{"validUntil":"{{text}}"}""", VoiceJsonContext.Default.CallflowResult)!;

        Assert.Equal(Instant.FromUtc(2024, 7, 3, 5, 59, 32) + Duration.FromMilliseconds(226), result.ValidUntil);
    }

    [Fact]
    public void TryReadIso_GeneratedTimestamps_MeanWhatNodaTimeReadsOrAreLeftToTheGeneralPath()
    {
        Gen<string> timestamps =
            from year in Gen.OneOf(Gen.Int[1, 9999], Gen.Int[2020, 2030])
            from month in Gen.Int[0, 13]
            from day in Gen.Int[0, 32]
            from hour in Gen.Int[0, 24]
            from minute in Gen.Int[0, 60]
            from second in Gen.Int[0, 60]
            from fraction in Gen.OneOf(Gen.Const(string.Empty), Gen.Int[0, 9_999_999].Select(f => "." + f.ToString(CultureInfo.InvariantCulture)), Gen.Const("."), Gen.Const(".1234567891"))
            from zone in Gen.OneOf(Gen.Const("Z"), Gen.Const("z"), Gen.Const(string.Empty), Gen.Int[-18, 18].Select(h => (h < 0 ? "-" : "+") + Math.Abs(h).ToString("00", CultureInfo.InvariantCulture) + ":00"), Gen.Const("+14:30"), Gen.Const("+05:60"))
            select string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}T{hour:00}:{minute:00}:{second:00}{fraction}{zone}");

        timestamps.Sample(
            text =>
            {
                if (!InstantJsonConverter.TryReadIso(Encoding.UTF8.GetBytes(text), out Instant fast))
                {
                    return;
                }

                ParseResult<OffsetDateTime> slow = OffsetDateTimePattern.ExtendedIso.Parse(text.EndsWith('Z') ? text[..^1] + "+00:00" : text);
                Assert.True(slow.Success, $"{text} was read fast but NodaTime refuses it");
                Assert.Equal(slow.Value.ToInstant(), fast);
            },
            iter: 20_000);
    }

    [Fact]
    public void Read_InstantWithoutOffset_IsRefusedRatherThanReadInTheMachinesZone()
    {
        JsonException ex = Assert.Throws<JsonException>(
            () => JsonSerializer.Deserialize("""{"validUntil":"2024-07-03T05:59:32"}""", VoiceJsonContext.Default.CallflowResult));

        Assert.Contains("2024-07-03T05:59:32", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-09-11T09:42:01.000+03:00")]
    [InlineData("2023-09-11T09:42:01.000\\u002B03:00")]
    public void Read_OffsetDateTime_KeepsTheOffsetWrittenInTheFile(string text)
    {
        SessionMetadata metadata = JsonSerializer.Deserialize($$"""{"id":1,"created_at":"{{text}}"}""", CcaiJsonContext.Default.SessionMetadata)!;

        Assert.Equal(new LocalDateTime(2023, 9, 11, 9, 42, 1).WithOffset(Offset.FromHours(3)), metadata.CreatedAt);
    }
}
