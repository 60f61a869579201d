namespace Evo8x8.Client.Sessions;

/// <summary>Evo Voice for one account, one property per resource; mock it in tests of your own code.</summary>
/// <remarks>
/// Every operation returns a typed result or throws an <see cref="Evo8x8ApiException"/>; to read the raw answer of any
/// operation as well (status, headers, body), open a <see cref="Http.RawAnswerCapture"/> around the call.
/// </remarks>
public interface IEvoVoiceClient
{
    /// <summary>Sessions (calls, chats, faxes): create one, read one, list them, end one.</summary>
    ISessionsApi Sessions { get; }
}
