using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Tests.Core.Json;

// System.Text.Json's phrases that name .NET types become what the JSON should have held.
public sealed class JsonErrorTextTests
{
    [Theory]
    [InlineData("The JSON value could not be converted to System.Nullable`1[System.Int32].", "expected a number or a numeric string")]
    [InlineData("The JSON value could not be converted to System.Collections.Generic.Dictionary`2[System.String,Evo8x8.Client.Voice.Webhooks.CallLeg].", "expected an object")]
    [InlineData("The JSON value could not be converted to System.Collections.Generic.IReadOnlyList`1[Evo8x8.Client.Evo.SessionInfo].", "expected an array")]
    [InlineData("The JSON value could not be converted to System.Boolean.", "expected true or false")]
    [InlineData("JSON deserialization for type 'Evo8x8.Client.Voice.LogExports.LogExportJob' was missing required properties including: 'jobId'.", "a required property is missing: 'jobId'")]
    [InlineData("Duplicate property 'eventType' encountered during deserialization of type 'Evo8x8.Client.Voice.Webhooks.CallStatusEvent'.", "eventType appears twice; a body with a duplicate key is refused")]
    public void InJsonWords_SerializerMessage_NamesNoDotNetType(string message, string expected)
    {
        string words = JsonErrorText.InJsonWords(message);

        Assert.Equal(expected, words);
        Assert.DoesNotContain("System.", words, StringComparison.Ordinal);
        Assert.DoesNotContain("Evo8x8.", words, StringComparison.Ordinal);
    }
}
