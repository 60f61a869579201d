using Evo8x8.Client.Core;

namespace Evo8x8.Client.Evo;

/// <summary>Evo Voice for one account, one property per resource; mock it in tests of your own code.</summary>
/// <remarks>
/// Every operation returns a typed result or throws an <see cref="Evo8x8ApiException"/>; to read the raw answer of any
/// operation as well (status, headers, body), open a <see cref="RawResponseCapture"/> around the call.
/// </remarks>
public interface IEvoVoiceClient
{
    /// <summary>Sessions (calls, chats, faxes): create, read and search them; transfer, hold, end, conference and chat.</summary>
    ISessionsApi Sessions { get; }

    /// <summary>The live call legs of an account (needs Evo's Manager or SystemAdministrator role).</summary>
    Calls.ICallsApi Calls { get; }

    /// <summary>Who the client's credentials sign in as, with roles and accounts.</summary>
    Auth.IAuthApi Auth { get; }
}
