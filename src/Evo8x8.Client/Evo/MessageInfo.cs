using System.Text.Json.Serialization;
using Evo8x8.Client.Evo.Json;

namespace Evo8x8.Client.Evo;

/// <summary>A chat message as Evo Voice stored it (its <c>MessageInfo</c>), returned by <see cref="ISessionsApi.SendMessageAsync"/>.</summary>
public sealed class MessageInfo
{
    /// <summary>The message's Evo id.</summary>
    public string? Id { get; init; }

    /// <summary>The Evo account the message belongs to.</summary>
    public string? AccountId { get; init; }

    /// <summary>The customer the message belongs to.</summary>
    public string? CustomerId { get; init; }

    /// <summary>The endpoint (typically a phone number) the message went through.</summary>
    public string? EndpointId { get; init; }

    /// <summary>The display name of that endpoint.</summary>
    public string? EndpointDisplayName { get; init; }

    /// <summary>When the message was sent or received.</summary>
    [JsonConverter(typeof(EvoTimestampJsonConverter))]
    public EvoTimestamp? Date { get; init; }

    /// <summary>Whether the account received or sent the message.</summary>
    public MessageDirection? Direction { get; init; }

    /// <summary>The address of the other party, for example <c>+15556667777</c>.</summary>
    public string? OtherAddress { get; init; }

    /// <summary>Who sent the message.</summary>
    public string? Sender { get; init; }

    /// <summary>The message's text.</summary>
    public string? Text { get; init; }

    /// <summary>True while nobody has read the message.</summary>
    public bool IsUnread { get; init; }
}
