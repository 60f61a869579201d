namespace Evo8x8.Client.Ccai.Apps;

/// <summary>Files attached in chats (<c>/chats/{chatId}/media</c>); reached as <see cref="ICcaiAppsClient.ChatMedia"/>, mockable in tests.</summary>
public interface ICcaiChatMediaApi
{
    /// <summary>Downloads a file an agent attached in a chat (<c>GET /chats/{chatId}/media/{mediaId}</c>; the media id comes from the <c>message_received</c> event).</summary>
    /// <param name="chatId">The chat.</param>
    /// <param name="mediaId">The attached file.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <returns>The file's bytes.</returns>
    /// <exception cref="CcaiApiException">The Apps API refused it.</exception>
    Task<byte[]> DownloadAsync(long chatId, long mediaId, CancellationToken cancellationToken = default);
}
