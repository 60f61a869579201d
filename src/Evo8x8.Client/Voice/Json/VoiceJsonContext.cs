using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;
using Evo8x8.Client.Voice.LogExports;
using Evo8x8.Client.Voice.Numbers;
using Evo8x8.Client.Voice.Recordings;
using Evo8x8.Client.Voice.SpeechProfiles;
using Evo8x8.Client.Voice.WebhookRegistrations;
using Evo8x8.Client.Voice.Webhooks;

namespace Evo8x8.Client.Voice.Json;

/// <summary>
/// 8x8 Voice's source-generated serializer context: every 8x8 Voice type that crosses the wire is listed here, so no JSON
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

// VoiceMessaging
[JsonSerializable(typeof(Callflow))]
[JsonSerializable(typeof(CallflowAction))]
[JsonSerializable(typeof(CallflowResult))]
[JsonSerializable(typeof(CallflowErrorBody))]
[JsonSerializable(typeof(MakeCallAction))]
[JsonSerializable(typeof(SayAction))]
[JsonSerializable(typeof(PlayFileAction))]
[JsonSerializable(typeof(SayAndCaptureAction))]

// VoiceMessaging resources beside callflows (speech profiles, webhook registrations, recordings, numbers, log exports)
[JsonSerializable(typeof(SpeechProfileList))]
[JsonSerializable(typeof(WebhookRegistrationList))]
[JsonSerializable(typeof(NewWebhookRegistration))]
[JsonSerializable(typeof(DeletedWebhookRegistration))]
[JsonSerializable(typeof(RecordingPushConfig))]
[JsonSerializable(typeof(NewRecordingPushConfig))]
[JsonSerializable(typeof(RecordingList))]
[JsonSerializable(typeof(VirtualNumberList))]
[JsonSerializable(typeof(VirtualNumberCheck))]
[JsonSerializable(typeof(NewLogExport))]
[JsonSerializable(typeof(LogExportJob))]
[JsonSerializable(typeof(LogExportResult))]

// Webhooks
[JsonSerializable(typeof(SessionSummaryEvent))]
[JsonSerializable(typeof(CallActionEvent))]
[JsonSerializable(typeof(CallStatusEvent))]
[JsonSerializable(typeof(CallRecordingStatusEvent))]
[JsonSerializable(typeof(VirtualNumberUpdateEvent))]
[JsonSerializable(typeof(CallLeg))]
[JsonSerializable(typeof(CallActionReply))]

internal sealed partial class VoiceJsonContext : JsonSerializerContext
{
    /// <summary>The same contracts bound to options with the relaxed encoder, for bodies sent on the wire.</summary>
    public static VoiceJsonContext Wire => field ??= new(WireJson.Relaxed(Default.Options));
}
