using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using Evo8x8.Client.Core.Json;
using Evo8x8.Client.Voice.Json;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// The contracts of the webhook events, from the package's one context, with duplicate keys refused: a body that
/// says <c>eventType</c> twice must not be read as its last value. .NET 10's serializer refuses them itself;
/// on .NET 8 <see cref="JsonDuplicateProbe"/> does, in <see cref="WebhookParser"/>.
/// </summary>
internal static class WebhookJson
{
    /// <summary>The options the contracts read with, also for readers that stand in for a contract (<see cref="CallEventEnvelopeReader"/>).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static JsonTypeInfo<SessionSummaryEvent> SessionSummaryEvent { get; } = TypeInfo<SessionSummaryEvent>();

    public static JsonTypeInfo<CallActionEvent> CallActionEvent { get; } = TypeInfo<CallActionEvent>();

    public static JsonTypeInfo<CallStatusEvent> CallStatusEvent { get; } = TypeInfo<CallStatusEvent>();

    public static JsonTypeInfo<CallRecordingStatusEvent> CallRecordingStatusEvent { get; } = TypeInfo<CallRecordingStatusEvent>();

    public static JsonTypeInfo<VirtualNumberUpdateEvent> VirtualNumberUpdateEvent { get; } = TypeInfo<VirtualNumberUpdateEvent>();

    /// <summary>True when the serializer itself refuses duplicate keys (.NET 10 and later).</summary>
    public static bool RefusesDuplicates =>
#if NET10_0_OR_GREATER
        true;
#else
        false;
#endif

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(VoiceJsonContext.Default.Options)
        {
#if NET10_0_OR_GREATER
            AllowDuplicateProperties = false,
#endif
        };

        // Legs and call event payloads are read member by member (see CallLegJsonConverter); every other type keeps
        // the context's contract.
        options.Converters.Add(new CallLegJsonConverter());
        options.Converters.Add(new CallEventPayloadJsonConverter());
        options.MakeReadOnly();
        return options;
    }

    private static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
}
