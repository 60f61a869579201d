using System.Text.Json.Serialization;

namespace Evo8x8.Client.Ccai.Apps;

/// <summary>The Apps API's error answer, <c>{"message": "…"}</c>.</summary>
internal sealed class CcaiErrorBody
{
    [JsonPropertyName("message")]
    public string? Message { get; set; }
}
