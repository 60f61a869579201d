namespace Evo8x8.Client.Sessions;

/// <summary>Evo Voice for one account, one property per resource; mock it in tests of your own code.</summary>
public interface IEvoVoiceClient
{
    /// <summary>Sessions (calls, chats, faxes): create, read and search them; transfer, hold, end, conference and chat.</summary>
    ISessionsApi Sessions { get; }

    /// <summary>The live call legs of an account (needs Evo's Manager or SystemAdministrator role).</summary>
    Calls.ICallsApi Calls { get; }

    /// <summary>Who the client's credentials sign in as, with roles and accounts.</summary>
    Auth.IAuthApi Auth { get; }
}
