namespace Evo8x8.Client.Ccai.Apps;

/// <summary>The CCAI Platform Apps API, one property per resource; implemented by <see cref="CcaiAppsClient"/>, mockable in tests.</summary>
public interface ICcaiAppsClient
{
    /// <summary>Creates outbound, inbound and scheduled calls.</summary>
    ICcaiCallsApi Calls { get; }

    /// <summary>Reads and updates a call's reserved customer flags.</summary>
    ICcaiCustomerFlagsApi CustomerFlags { get; }

    /// <summary>Downloads files attached in chats.</summary>
    ICcaiChatMediaApi ChatMedia { get; }
}
