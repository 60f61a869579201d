namespace Evo8x8.Client.Voice.Recordings;

/// <summary>The recordings resource over the generated <see cref="IRecordingsRoutes"/>.</summary>
internal sealed class RecordingsApi(IRecordingsRoutes routes, VoiceAccount account) : IRecordingsApi
{
    public Task<RecordingList> GetStatusAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        // 8x8's schema only accepts a GUID here; anything else would come back as a bare 404.
        if (!Guid.TryParseExact(sessionId, "D", out _))
        {
            throw new ArgumentException($"The session id '{sessionId}' is not a GUID such as 6a1d2a43-c7d4-4f9a-9a5e-2b7e3f6c9d10; pass CallflowResult.SessionId.", nameof(sessionId));
        }

        return VoiceService.RequireAsync(routes.GetStatusAsync(account.SubAccountId, sessionId, cancellationToken), "the recordings");
    }
}
