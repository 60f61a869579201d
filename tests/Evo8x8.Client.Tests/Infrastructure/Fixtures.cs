using System.Text.Json.Nodes;
using System.Text.Json;

namespace Evo8x8.Client.Tests.Infrastructure;

/// <summary>Reads JSON fixture files copied next to the test assembly, and compares JSON as JSON.</summary>
public static class Fixtures
{
    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads a fixture by its path below the test project, for example <c>VoiceMessaging/Fixtures/x.json</c>.</summary>
    public static string Read(string relativePath)
        => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relativePath));

    /// <summary>Asserts two JSON texts are equal as JSON (key order and whitespace aside; trailing commas tolerated).</summary>
    public static void AssertJsonEqual(string expected, string actual)
    {
        JsonNode? left = JsonNode.Parse(expected, documentOptions: Lenient);
        JsonNode? right = JsonNode.Parse(actual, documentOptions: Lenient);
        Assert.True(
            JsonNode.DeepEquals(left, right),
            $"JSON differs.{Environment.NewLine}Expected: {left?.ToJsonString()}{Environment.NewLine}Actual:   {right?.ToJsonString()}");
    }
}
