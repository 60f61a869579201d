namespace Evo8x8.Client.Evo;

/// <summary>A chat session's transcript, as <c>GET /sessions/{sessionId}/transcript</c> returns it (Evo's <c>GetChatTranscriptResponse</c>).</summary>
public sealed class SessionChatTranscript
{
    /// <summary>The messages in the order Evo sends them; empty when there are none.</summary>
    public IReadOnlyList<SessionChatTranscriptMessage> Messages { get; init => field = value ?? []; } = [];
}
