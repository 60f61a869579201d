using Evo8x8.Client.Evo;
using NodaTime.Text;
using NodaTime;

namespace Evo8x8.Client.Tests.Evo;

public sealed class EvoTimestampTests
{
    [Theory]
    [InlineData("2024-07-03T05:59:32.226Z", "2024-07-03T05:59:32.226Z")]
    [InlineData("2024-07-03T05:59:32Z", "2024-07-03T05:59:32Z")]
    [InlineData("2024-07-03T07:59:32.226+02:00", "2024-07-03T05:59:32.226Z")]
    [InlineData(" 2024-07-03T05:59:32Z ", "2024-07-03T05:59:32Z")]
    [InlineData("/Date(1720000000000)/", "2024-07-03T09:46:40Z")]
    [InlineData("/Date(1720000000000-0500)/", "2024-07-03T09:46:40Z")]
    [InlineData("/Date(-1000)/", "1969-12-31T23:59:59Z")]
    public void Constructor_KnownForm_ReadsTheInstantAndKeepsTheText(string raw, string expected)
    {
        var timestamp = new EvoTimestamp(raw);

        Assert.Equal(InstantPattern.ExtendedIso.Parse(expected).Value, timestamp.Value);
        Assert.Equal(raw, timestamp.Raw);
        Assert.Equal(raw, timestamp.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("String")]
    [InlineData("2024-07-03")]
    [InlineData("2024-07-03T05:59:32")]
    [InlineData("07/03/2024 05:59")]
    [InlineData("/Date()/")]
    [InlineData("/Date(abc)/")]
    [InlineData("/Date(99999999999999999999)/")]
    public void Constructor_OtherText_KeepsItWithoutAValue(string raw)
    {
        var timestamp = new EvoTimestamp(raw);

        Assert.Null(timestamp.Value);
        Assert.Equal(raw, timestamp.Raw);
    }

    [Fact]
    public void Constructor_Instant_WritesIsoUtc()
    {
        Instant instant = Instant.FromUtc(2024, 7, 3, 5, 59, 32) + Duration.FromMilliseconds(226);

        var timestamp = new EvoTimestamp(instant);

        Assert.Equal("2024-07-03T05:59:32.226Z", timestamp.Raw);
        Assert.Equal(instant, timestamp.Value);
        Assert.Equal(new EvoTimestamp("2024-07-03T05:59:32.226Z"), timestamp);
    }

    [Fact]
    public void Default_HasEmptyTextAndNoValue()
    {
        EvoTimestamp timestamp = default;

        Assert.Equal(string.Empty, timestamp.Raw);
        Assert.Null(timestamp.Value);
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59-14:00")]
    [InlineData("2024-07-03T05:59:32+21:00")]
    [InlineData("2024-07-03T05:59:32-19:30")]
    [InlineData("/Date(-9223372036854775808)/")]
    [InlineData("/Date(9223372036854775807+0100)/")]
    public void Constructor_DateOutsideTheRepresentableRange_KeepsTheTextWithoutAValue(string raw)
    {
        var timestamp = new EvoTimestamp(raw);

        Assert.Null(timestamp.Value);
        Assert.Equal(raw, timestamp.Raw);
    }
}
