namespace Evo8x8.Client.Sessions;

/// <summary>Evo Voice for one account, one property per resource; mock it in tests of your own code.</summary>
public interface IEvoVoiceClient
{
    /// <summary>Sessions (calls, chats, faxes): create one, read one, list them, end one.</summary>
    ISessionsApi Sessions { get; }
}
