namespace Evo8x8.Client.VoiceMessaging;

/// <summary>8x8's Voice API v1 for one subaccount, one property per resource; mock it in tests of your own code.</summary>
public interface IVoiceClient
{
    /// <summary>Sends callflows: voice messages and IVR calls.</summary>
    ICallflowsApi Callflows { get; }
}
