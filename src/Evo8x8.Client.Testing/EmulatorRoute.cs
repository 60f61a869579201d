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

    /// <summary><c>POST /apps/api/v1/calls</c> (CCAI Platform Apps API).</summary>
    CreateCcaiCall,

    /// <summary><c>GET /apps/api/v1/calls/{id}/customer_flag</c> (CCAI Platform Apps API).</summary>
    GetCcaiCustomerFlags,

    /// <summary><c>PATCH /apps/api/v1/calls/{id}/customer_flag</c> (CCAI Platform Apps API).</summary>
    UpdateCcaiCustomerFlags,

    /// <summary><c>GET /apps/api/v1/chats/{chatId}/media/{mediaId}</c> (CCAI Platform Apps API).</summary>
    GetCcaiChatMedia,
}
