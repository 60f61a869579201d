using System.Text.Json.Serialization;
using Evo8x8.Client.Ccai.Apps;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Ccai.Json;

/// <summary>
/// CCAI Platform's source-generated serializer context: every CCAI Platform type that crosses the wire is listed here, so no JSON
/// of this product is reflection-based and the package stays trimming- and AOT-safe.
/// </summary>
/// <remarks>
/// Reading is case-insensitive, numbers are also read from strings, and properties left <see langword="null"/> are
/// not written: the options every product shares (<see cref="WireJson"/>).
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(InstantJsonConverter), typeof(NullableInstantJsonConverter)])]

// ContactCenter
[JsonSerializable(typeof(SessionMetadata))]
[JsonSerializable(typeof(ChatTranscript))]
[JsonSerializable(typeof(ChatTranscriptEntry))]
[JsonSerializable(typeof(NewOutboundCall))]
[JsonSerializable(typeof(NewInboundCall))]
[JsonSerializable(typeof(NewScheduledCall))]
[JsonSerializable(typeof(CcaiCustomerFlags))]
[JsonSerializable(typeof(CustomerFlagsUpdate))]
[JsonSerializable(typeof(CcaiErrorBody))]

internal sealed partial class CcaiJsonContext : JsonSerializerContext
{
    /// <summary>The same contracts bound to options with the relaxed encoder, for bodies sent on the wire.</summary>
    public static CcaiJsonContext Wire => field ??= new(WireJson.Relaxed(Default.Options));
}
