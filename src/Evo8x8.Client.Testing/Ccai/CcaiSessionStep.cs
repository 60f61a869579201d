using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Evo8x8.Client.Testing.Ccai;

/// <summary>
/// One step of a call's or chat's lifecycle as an external session event's <c>item</c>, after Google's state progression
/// table: start and routing (<c>connected</c>, external participant), assigned and active (agent), end
/// (<c>disconnected</c>, <c>ends_at</c>) and final (dispositions).
/// </summary>
/// <param name="IdName">Which id the session has: <c>call_id</c> or <c>chat_id</c>.</param>
/// <param name="Id">The session's id.</param>
/// <param name="State">The lifecycle state.</param>
/// <param name="Initiator">Who caused the step, or <see langword="null"/> at the start.</param>
internal sealed record CcaiSessionStep(string IdName, string Id, string State, string? Initiator)
{
    /// <summary>The queue the session was routed through (the routing step on).</summary>
    public string? QueuePathNames { get; init; }

    /// <summary>Whether the session ended at this step (<c>ends_at</c> is written).</summary>
    public bool Ended { get; init; }

    /// <summary>Whether the agent's wrap-up codes are added (the final step).</summary>
    public bool Dispositions { get; init; }

    /// <summary>The six steps of one session, each initiator and field as the table adds them.</summary>
    public static IReadOnlyList<CcaiSessionStep> Lifecycle(string idName, string id) =>
    [
        new(idName, id, "connected", null),
        new(idName, id, "connected", "virtual_agent_1") { QueuePathNames = "Support" },
        new(idName, id, "connected", "agent_1") { QueuePathNames = "Support" },
        new(idName, id, "connected", "agent_1") { QueuePathNames = "Support" },
        new(idName, id, "disconnected", "agent_1") { QueuePathNames = "Support", Ended = true },
        new(idName, id, "disconnected", "agent_1") { QueuePathNames = "Support", Ended = true, Dispositions = true },
    ];

    public void Write(Utf8JsonWriter writer, Instant now)
    {
        writer.WriteString(IdName, Id);
        writer.WriteString("state", State);
        writer.WriteString("dn", "+15550100");
        if (Initiator is not null)
        {
            writer.WriteString("initiator", Initiator);
        }

        if (QueuePathNames is not null)
        {
            writer.WriteString("queue_path_names", QueuePathNames);
        }

        if (Ended)
        {
            writer.WriteString("ends_at", InstantPattern.ExtendedIso.Format(now));
        }

        if (Dispositions)
        {
            writer.WriteStartObject("dispositions");
            writer.WriteString("code", "resolved");
            writer.WriteEndObject();
        }
    }
}
