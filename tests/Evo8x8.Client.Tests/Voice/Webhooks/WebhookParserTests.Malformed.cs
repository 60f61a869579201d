using System.Text.Json;
using Evo8x8.Client.Voice.Webhooks;

namespace Evo8x8.Client.Tests.Voice.Webhooks;

public sealed partial class WebhookParserTests
{
    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Parse_TruncatedBody_ReportsInvalidJsonWithPathAndLine(Input input)
    {
        WebhookParseException error = await ParseFailureAsync("malformed-truncated.json", input);

        Assert.Equal(WebhookParseFailure.InvalidJson, error.Failure);
        Assert.Equal("$.payload.details.CallA.callDuration", error.Path);
        Assert.Equal(8, error.LineNumber);
        Assert.Contains("line 8", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.payload.details.CallA", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_WrongTypeInsideALeg_ReportsInvalidContentWithTheFullPath()
    {
        WebhookParseException error = await ParseFailureAsync("malformed-wrong-types.json", Input.Text);

        Assert.Equal(WebhookParseFailure.InvalidContent, error.Failure);
        Assert.Equal("$.payload.details.CallA.callDuration", error.Path);
        Assert.Equal(7, error.LineNumber);
        Assert.Equal(26, error.BytePositionInLine);
        Assert.Contains("Expected a number of seconds but found StartObject", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_MalformedTimestamp_QuotesTheValueAndItsPath()
    {
        WebhookParseException error = await ParseFailureAsync("malformed-wrong-timestamp.json", Input.Utf8Bytes);

        Assert.Equal(WebhookParseFailure.InvalidContent, error.Failure);
        Assert.Equal("$.payload.startTime", error.Path);
        Assert.Equal(4, error.LineNumber);
        Assert.Contains("'25/03/2024 06:01' is not an ISO-8601 timestamp", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("malformed-missing-event-type.json", "$", "eventType")]
    [InlineData("malformed-missing-payload.json", "$.payload", "payload")]
    public async Task Parse_EnvelopeWithoutARequiredPart_SaysWhichPart(string fixture, string path, string part)
    {
        WebhookParseException error = await ParseFailureAsync(fixture, Input.Text);

        Assert.Equal(WebhookParseFailure.InvalidContent, error.Failure);
        Assert.Equal(path, error.Path);
        Assert.Contains(part, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"eventType\":\"SESSION_SUMMARY\",\"payload\":null}", "$.payload")]
    [InlineData("{\"eventType\":42,\"payload\":{}}", "$.eventType")]
    [InlineData("[{\"eventType\":\"SESSION_SUMMARY\"}]", "$")]
    [InlineData("\"SESSION_SUMMARY\"", "$")]
    [InlineData("{\"eventType\":\"SESSION_SUMMARY\",\"payload\":{\"details\":[1,2]}}", "$.payload.details")]
    [InlineData("{\"eventType\":\"CALL_ACTION\",\"payload\":{\"sipCode\":\"busy\"}}", "$.payload.sipCode")]
    [InlineData("{\"eventType\":\"SESSION_SUMMARY\",\"payload\":{\"details\":{\"CallA\":null}}}", "$.payload.details")]
    public void Parse_ValidJsonOfTheWrongShape_ReportsInvalidContentAtThePath(string json, string path)
    {
        WebhookParseException error = Assert.Throws<WebhookParseException>(() => WebhookParser.Default.Parse(json));

        Assert.Equal(WebhookParseFailure.InvalidContent, error.Failure);
        Assert.Equal(path, error.Path);
    }

    [Theory]
    [InlineData("malformed-not-json.txt")]
    [InlineData("{\"eventType\":\"CALL_STATUS\",\"payload\":{}} trailing")]
    [InlineData("{\"eventType\":\"CALL_STATUS\",\"payload\":{},}")]
    public async Task Parse_NotJson_ReportsInvalidJsonAtLineOne(string fixtureOrJson)
    {
        WebhookParseException error = fixtureOrJson.EndsWith(".txt", StringComparison.Ordinal)
            ? await ParseFailureAsync(fixtureOrJson, Input.Stream)
            : Assert.Throws<WebhookParseException>(() => WebhookParser.Default.Parse(fixtureOrJson));

        Assert.Equal(WebhookParseFailure.InvalidJson, error.Failure);
        Assert.Equal(1, error.LineNumber);
        Assert.NotNull(error.BytePositionInLine);
    }

    [Theory]
    [InlineData("malformed-empty.json")]
    [InlineData("malformed-whitespace.json")]
    public async Task Parse_EmptyBody_ReportsEmpty(string fixture)
    {
        foreach (Input input in new[] { Input.Text, Input.Utf8Bytes, Input.Stream })
        {
            WebhookParseException error = await ParseFailureAsync(fixture, input);

            Assert.Equal(WebhookParseFailure.Empty, error.Failure);
            Assert.Contains("empty", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Parse_BodyOverTheLimit_ReportsTooLarge(Input input)
    {
        var parser = new WebhookParser(new WebhookParserOptions { MaxBodyBytes = 512 });

        WebhookParseException error = await Assert.ThrowsAsync<WebhookParseException>(() => ParseFixtureAsync("seed-000-vss-success.json", input, parser));

        Assert.Equal(WebhookParseFailure.TooLarge, error.Failure);
        Assert.Contains("larger than the configured limit", error.Message, StringComparison.Ordinal);
        Assert.Null(error.Path);
    }

    [Fact]
    public async Task ParseAsync_EndlessBody_StopsReadingJustPastTheLimit()
    {
        var parser = new WebhookParser(new WebhookParserOptions { MaxBodyBytes = 1000 });
        var endless = new TrickleStream(content: null, chunkBytes: 512);

        WebhookParseException error = await Assert.ThrowsAsync<WebhookParseException>(() => parser.ParseAsync(endless));

        Assert.Equal(WebhookParseFailure.TooLarge, error.Failure);
        Assert.InRange(endless.BytesRead, 1001, 8192);
    }

    [Theory]
    [InlineData(Input.Utf8Bytes)]
    [InlineData(Input.Stream)]
    public async Task Parse_InvalidUtf8_ReportsTheOffendingByte(Input input)
    {
        WebhookParseException error = await ParseFailureAsync("malformed-invalid-utf8.json", input);

        Assert.Equal(WebhookParseFailure.InvalidUtf8, error.Failure);
        Assert.Equal(2, error.LineNumber);
        Assert.Contains("0xFF", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AnyMalformedInput_NeverLeaksASerializerException()
    {
        string seed = Fixture("seed-000-vss-success.json");
        for (int cut = 1; cut < seed.Length; cut += 3)
        {
            Exception? error = Record.Exception(() => WebhookParser.Default.Parse(seed[..cut]));

            Assert.IsType<WebhookParseException>(error);
            Assert.IsNotType<JsonException>(error);
        }
    }

    private static async Task<WebhookParseException> ParseFailureAsync(string fixture, Input input)
        => await Assert.ThrowsAsync<WebhookParseException>(() => ParseFixtureAsync(fixture, input));
}
