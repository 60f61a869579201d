using System.Text.Json.Serialization;
using Evo8x8.Client.VoiceMessaging;
using Evo8x8.Client.Webhooks;

namespace Evo8x8.Client.Serialization;

/// <summary>
/// The package's one source-generated serializer context: every type that crosses the wire is listed here,
/// so no JSON in this package is reflection-based and the package stays trimming- and AOT-safe.
/// </summary>
/// <remarks>
/// Reading is case-insensitive (8x8 mixes <c>SourceRefId</c> and <c>sourceRefId</c>; Evo may answer PascalCase),
/// numbers are also read from strings, and properties left <see langword="null"/> are not written.
/// Keep one block per domain folder below so that parallel work merges cleanly.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(InstantJsonConverter), typeof(NullableInstantJsonConverter)])]

// VoiceMessaging
[JsonSerializable(typeof(Callflow))]
[JsonSerializable(typeof(CallflowResult))]
[JsonSerializable(typeof(CallflowErrorBody))]
[JsonSerializable(typeof(MakeCallAction))]
[JsonSerializable(typeof(SayAction))]
[JsonSerializable(typeof(PlayFileAction))]
[JsonSerializable(typeof(SayAndCaptureAction))]

// Webhooks
[JsonSerializable(typeof(SessionSummaryEvent))]
[JsonSerializable(typeof(CallActionEvent))]
[JsonSerializable(typeof(CallStatusEvent))]
[JsonSerializable(typeof(CallLeg))]
[JsonSerializable(typeof(CallActionReply))]

// Sessions

// ContactCenter

internal sealed partial class Evo8x8JsonContext : JsonSerializerContext;
