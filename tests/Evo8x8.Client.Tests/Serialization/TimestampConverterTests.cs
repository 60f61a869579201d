using System.Text.Json;
using Evo8x8.Client.ContactCenter;
using Evo8x8.Client.Serialization;
using Evo8x8.Client.VoiceMessaging;
using NodaTime;

namespace Evo8x8.Client.Tests.Serialization;

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
        CallflowResult result = JsonSerializer.Deserialize($$"""{"validUntil":"{{text}}"}""", Evo8x8JsonContext.Default.CallflowResult)!;

        Assert.Equal(Instant.FromUtc(2024, 7, 3, 5, 59, 32) + Duration.FromMilliseconds(226), result.ValidUntil);
    }

    [Fact]
    public void Read_InstantWithoutOffset_IsRefusedRatherThanReadInTheMachinesZone()
    {
        JsonException ex = Assert.Throws<JsonException>(
            () => JsonSerializer.Deserialize("""{"validUntil":"2024-07-03T05:59:32"}""", Evo8x8JsonContext.Default.CallflowResult));

        Assert.Contains("2024-07-03T05:59:32", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-09-11T09:42:01.000+03:00")]
    [InlineData("2023-09-11T09:42:01.000\\u002B03:00")]
    public void Read_OffsetDateTime_KeepsTheOffsetWrittenInTheFile(string text)
    {
        SessionMetadata metadata = JsonSerializer.Deserialize($$"""{"id":1,"created_at":"{{text}}"}""", Evo8x8JsonContext.Default.SessionMetadata)!;

        Assert.Equal(new LocalDateTime(2023, 9, 11, 9, 42, 1).WithOffset(Offset.FromHours(3)), metadata.CreatedAt);
    }
}
