namespace Evo8x8.Client.Testing;

/// <summary>The operations the emulator serves; faults are scripted and requests recorded per operation.</summary>
public enum EmulatorRoute
{
    /// <summary><c>POST /api/v1/subaccounts/{subAccountId}/callflows</c> (8x8).</summary>
    SendCallflow,

    /// <summary><c>GET /api/v1/subaccounts/{subAccountId}/speech-profiles</c> (8x8).</summary>
    ListSpeechProfiles,

    /// <summary><c>GET /api/v1/subaccounts/{subAccountId}/webhooks</c> (8x8).</summary>
    ListWebhooks,

    /// <summary><c>POST /api/v1/subaccounts/{subAccountId}/webhooks</c> (8x8).</summary>
    CreateWebhook,

    /// <summary><c>DELETE /api/v1/subaccounts/{subAccountId}/webhooks/{type}</c> (8x8).</summary>
    DeleteWebhook,

    /// <summary><c>POST /sessions</c> (Evo).</summary>
    CreateSession,

    /// <summary><c>GET /sessions/{id}</c> (Evo).</summary>
    GetSession,

    /// <summary><c>GET /sessions</c> (Evo).</summary>
    ListSessions,

    /// <summary><c>DELETE /sessions/{id}</c> (Evo).</summary>
    EndSession,

    /// <summary>Any request no operation matched; the emulator answers 404.</summary>
    Unmatched,

    /// <summary><c>GET /api/v1/subaccounts/{subAccountId}/recordings/{sessionId}</c> (8x8).</summary>
    GetRecordingStatus,

    /// <summary><c>GET /api/v1/subaccounts/{subAccountId}/recording-push-config</c> (8x8).</summary>
    GetRecordingPushConfig,

    /// <summary><c>POST /api/v1/subaccounts/{subAccountId}/recording-push-config</c> (8x8).</summary>
    CreateRecordingPushConfig,

    /// <summary><c>DELETE /api/v1/subaccounts/{subAccountId}/recording-push-config</c> (8x8).</summary>
    DeleteRecordingPushConfig,

    /// <summary><c>GET /api/v1/subaccounts/{subAccountId}/numbers</c> (8x8).</summary>
    ListNumbers,

    /// <summary><c>GET /api/v1/subaccounts/{subAccountId}/numbers/{number}</c> (8x8).</summary>
    CheckNumber,

    /// <summary><c>POST /api/v1/subaccounts/{subAccountId}/messages/exports</c> (8x8 voice log export).</summary>
    StartLogExport,

    /// <summary><c>GET /api/v1/subaccounts/{subAccountId}/messages/exports/{jobId}</c> (8x8).</summary>
    GetLogExportResult,

    /// <summary><c>DELETE /api/v1/subaccounts/{subAccountId}/messages/exports/{jobId}</c> (8x8).</summary>
    CancelLogExport,

    /// <summary><c>POST /apps/api/v1/calls</c> (CCAI Platform Apps API).</summary>
    CreateCcaiCall,

    /// <summary><c>GET /apps/api/v1/calls/{id}/customer_flag</c> (CCAI Platform Apps API).</summary>
    GetCcaiCustomerFlags,

    /// <summary><c>PATCH /apps/api/v1/calls/{id}/customer_flag</c> (CCAI Platform Apps API).</summary>
    UpdateCcaiCustomerFlags,

    /// <summary><c>GET /apps/api/v1/chats/{chatId}/media/{mediaId}</c> (CCAI Platform Apps API).</summary>
    GetCcaiChatMedia,

    /// <summary><c>POST /sessions/outgoing</c> (Evo; Manager or SystemAdministrator only).</summary>
    CreateOutgoingSession,

    /// <summary><c>POST /sessions/{id}/redirect</c> (Evo).</summary>
    RedirectSession,

    /// <summary><c>POST /sessions/{id}/hold</c> (Evo).</summary>
    HoldSession,

    /// <summary><c>PATCH /sessions/{id}</c> (Evo).</summary>
    PatchSession,

    /// <summary><c>POST /sessions/{id}/conference/members</c> (Evo).</summary>
    AddConferenceMember,

    /// <summary><c>POST /sessions/{id}/reject</c> (Evo, known only from its command-line tool).</summary>
    RejectSession,

    /// <summary><c>POST /sessions/{id}/record</c> (Evo, known only from its command-line tool).</summary>
    RecordSession,

    /// <summary><c>DELETE /sessions</c> by account and time range (Evo, known only from its command-line tool).</summary>
    DeleteSessions,

    /// <summary><c>POST /sessions/{id}/members</c> (Evo).</summary>
    InviteChatMember,

    /// <summary><c>DELETE /sessions/{id}/members/{memberId}</c> (Evo).</summary>
    DeleteChatMember,

    /// <summary><c>POST /sessions/{id}/messages</c> (Evo).</summary>
    SendMessage,

    /// <summary><c>GET /sessions/{id}/transcript</c> (Evo).</summary>
    GetChatTranscript,

    /// <summary><c>GET /sessions/active</c> (Evo).</summary>
    ListActiveSessions,

    /// <summary><c>GET /sessions/my</c> (Evo).</summary>
    ListMySessions,

    /// <summary><c>GET /calls/active</c> (Evo; Manager or SystemAdministrator only).</summary>
    ListActiveCalls,

    /// <summary><c>GET /auth/status</c> (Evo).</summary>
    GetAuthStatus,

    /// <summary><c>GET /api/v1/subaccounts/{subAccountId}/messages/download/{jobId}</c>: a succeeded log export's file (8x8).</summary>
    DownloadLogExport,
}
