using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;
using Evo8x8.Client.Evo.Auth;
using Evo8x8.Client.Evo.Calls;

namespace Evo8x8.Client.Evo.Json;

/// <summary>
/// Evo Voice's source-generated serializer context: every Evo Voice type that crosses the wire is listed here, so no JSON
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

// Sessions
[JsonSerializable(typeof(SessionInfo))]
[JsonSerializable(typeof(NewSession))]
[JsonSerializable(typeof(SessionPage))]
[JsonSerializable(typeof(EvoErrorBody))]
[JsonSerializable(typeof(NewOutgoingSession))]
[JsonSerializable(typeof(SessionPatch))]
[JsonSerializable(typeof(RedirectSessionBody))]
[JsonSerializable(typeof(HoldSessionBody))]
[JsonSerializable(typeof(AddConferenceMemberBody))]
[JsonSerializable(typeof(InviteChatMemberBody))]
[JsonSerializable(typeof(SendMessageBody))]
[JsonSerializable(typeof(SessionListBody))]
[JsonSerializable(typeof(MessageInfo))]
[JsonSerializable(typeof(SessionChatTranscript))]
[JsonSerializable(typeof(ActiveCallsBody))]
[JsonSerializable(typeof(UserInfo))]

internal sealed partial class EvoJsonContext : JsonSerializerContext
{
    /// <summary>The same contracts bound to options with the relaxed encoder, for bodies sent on the wire.</summary>
    public static EvoJsonContext Wire => field ??= new(WireJson.Relaxed(Default.Options));
}
