namespace Evo8x8.Client.Ccai.Apps;

/// <summary>The chat-media resource of a <see cref="CcaiAppsClient"/>.</summary>
internal sealed class CcaiChatMediaApi(CcaiAppsClient client) : ICcaiChatMediaApi
{
    public async Task<byte[]> DownloadAsync(long chatId, long mediaId, CancellationToken cancellationToken = default)
    {
        using HttpContent answer = await client.SendAsync(token => client.Routes.GetChatMediaAsync(chatId, mediaId, token), "the media file", cancellationToken).ConfigureAwait(false);
        return await answer.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }
}
