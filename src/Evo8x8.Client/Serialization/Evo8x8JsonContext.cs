using System.Text.Json.Serialization;
using Evo8x8.Client.ContactCenter;
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
[JsonSerializable(typeof(CallflowAction))]
[JsonSerializable(typeof(CallflowResult))]
[JsonSerializable(typeof(CallflowErrorBody))]
[JsonSerializable(typeof(MakeCallAction))]
[JsonSerializable(typeof(SayAction))]
[JsonSerializable(typeof(PlayFileAction))]
[JsonSerializable(typeof(SayAndCaptureAction))]

// VoiceMessaging resources beside callflows (speech profiles, webhook registrations, recordings, numbers, log exports)
[JsonSerializable(typeof(VoiceMessaging.SpeechProfiles.SpeechProfileList))]
[JsonSerializable(typeof(VoiceMessaging.WebhookRegistrations.WebhookRegistrationList))]
[JsonSerializable(typeof(VoiceMessaging.WebhookRegistrations.NewWebhookRegistration))]
[JsonSerializable(typeof(VoiceMessaging.WebhookRegistrations.DeletedWebhookRegistration))]
[JsonSerializable(typeof(VoiceMessaging.Recordings.RecordingPushConfig))]
[JsonSerializable(typeof(VoiceMessaging.Recordings.NewRecordingPushConfig))]
[JsonSerializable(typeof(VoiceMessaging.Recordings.RecordingList))]
[JsonSerializable(typeof(VoiceMessaging.Numbers.VirtualNumberList))]
[JsonSerializable(typeof(VoiceMessaging.Numbers.VirtualNumberCheck))]
[JsonSerializable(typeof(VoiceMessaging.LogExports.NewLogExport))]
[JsonSerializable(typeof(VoiceMessaging.LogExports.LogExportJob))]
[JsonSerializable(typeof(VoiceMessaging.LogExports.LogExportResult))]

// Webhooks
[JsonSerializable(typeof(SessionSummaryEvent))]
[JsonSerializable(typeof(CallActionEvent))]
[JsonSerializable(typeof(CallStatusEvent))]
[JsonSerializable(typeof(CallRecordingStatusEvent))]
[JsonSerializable(typeof(VirtualNumberUpdateEvent))]
[JsonSerializable(typeof(CallLeg))]
[JsonSerializable(typeof(CallActionReply))]

// Sessions
[JsonSerializable(typeof(Evo8x8.Client.Sessions.SessionInfo))]
[JsonSerializable(typeof(Evo8x8.Client.Sessions.NewSession))]
[JsonSerializable(typeof(Evo8x8.Client.Sessions.SessionPage))]
[JsonSerializable(typeof(Evo8x8.Client.Sessions.EvoErrorBody))]
[JsonSerializable(typeof(Evo8x8.Client.Sessions.NewOutgoingSession))]
[JsonSerializable(typeof(Evo8x8.Client.Sessions.SessionPatch))]
[JsonSerializable(typeof(Evo8x8.Client.Sessions.RedirectSessionBody))]
[JsonSerializable(typeof(Evo8x8.Client.Sessions.HoldSessionBody))]
[JsonSerializable(typeof(Evo8x8.Client.Sessions.AddConferenceMemberBody))]
[JsonSerializable(typeof(Evo8x8.Client.Sessions.InviteChatMemberBody))]
[JsonSerializable(typeof(Evo8x8.Client.Sessions.SendMessageBody))]
[JsonSerializable(typeof(Evo8x8.Client.Sessions.SessionListBody))]
[JsonSerializable(typeof(Evo8x8.Client.Sessions.MessageInfo))]
[JsonSerializable(typeof(Evo8x8.Client.Sessions.SessionChatTranscript))]
[JsonSerializable(typeof(Evo8x8.Client.Sessions.Calls.ActiveCallsBody))]
[JsonSerializable(typeof(Evo8x8.Client.Sessions.Auth.UserInfo))]

// ContactCenter
[JsonSerializable(typeof(SessionMetadata))]
[JsonSerializable(typeof(ChatTranscript))]
[JsonSerializable(typeof(ChatTranscriptEntry))]
[JsonSerializable(typeof(ContactCenter.Apps.NewOutboundCall))]
[JsonSerializable(typeof(ContactCenter.Apps.NewInboundCall))]
[JsonSerializable(typeof(ContactCenter.Apps.NewScheduledCall))]
[JsonSerializable(typeof(ContactCenter.Apps.CcaiCustomerFlags))]
[JsonSerializable(typeof(ContactCenter.Apps.CustomerFlagsUpdate))]
[JsonSerializable(typeof(ContactCenter.Apps.CcaiErrorBody))]

internal sealed partial class Evo8x8JsonContext : JsonSerializerContext;
