namespace Evo8x8.Client.AspNetCore.Ccai;

/// <summary>Which of the two external session event endpoints a delivery came to; each has its own credentials.</summary>
public enum SessionEventChannel
{
    /// <summary>Call session events.</summary>
    Calls,

    /// <summary>Chat session events.</summary>
    Chats,
}
