using Evo8x8.Client.Voice.Webhooks;

namespace Evo8x8.Client.Tests.Voice.Webhooks;

// Inputs that once escaped as untyped exceptions or were read silently wrong: each now gets one typed error.
public sealed partial class WebhookParserTests
{
    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Parse_LoneSurrogateEscapeInBrokenBody_ReportsInvalidJson(Input input)
    {
        WebhookParseException error = await ParseFailureAsync("robust-lone-surrogate-in-broken-body.json", input);

        Assert.Equal(WebhookParseFailure.InvalidJson, error.Failure);
        Assert.Equal(1, error.LineNumber);
        Assert.StartsWith("$.payload", error.Path, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Parse_EventTypeTwice_RefusesTheBody(Input input)
    {
        WebhookParseException error = await ParseFailureAsync("robust-duplicate-event-type.json", input);

        Assert.Equal(WebhookParseFailure.InvalidContent, error.Failure);
        Assert.Equal("$.eventType", error.Path);
        Assert.Equal(9, error.LineNumber);
        Assert.Contains("eventType appears twice", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Parse_SipCodeNotANumber_SaysWhatWasExpectedInJsonWords(Input input)
    {
        WebhookParseException error = await ParseFailureAsync("robust-sipcode-not-a-number.json", input);

        Assert.Equal(WebhookParseFailure.InvalidContent, error.Failure);
        Assert.Equal("$.payload.sipCode", error.Path);
        Assert.StartsWith(
            "The webhook body could not be read: expected a number or a numeric string (at $.payload.sipCode, line 1, byte ",
            error.Message,
            StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error.Message, StringComparison.Ordinal);
    }
}
