using System.Collections.Concurrent;

namespace Evo8x8.Client.Testing.Voice;

/// <summary>The subaccount's webhooks, one per type, as the webhooks API manages them; the call simulation posts to them.</summary>
internal sealed class WebhookRegistry
{
    public static readonly IReadOnlyList<string> Types = ["VCA", "VCS", "VSS", "VRU", "VNU"];

    private readonly ConcurrentDictionary<string, RegisteredWebhook> _byType = new(StringComparer.Ordinal);

    public IReadOnlyList<RegisteredWebhook> All => [.. _byType.Values.OrderBy(w => w.Type, StringComparer.Ordinal)];

    public void Put(RegisteredWebhook webhook) => _byType[webhook.Type] = webhook;

    public bool Remove(string type, out RegisteredWebhook? removed) => _byType.TryRemove(type, out removed);

    public void Clear() => _byType.Clear();

    /// <summary>The enabled webhook of a type, or <see langword="null"/>.</summary>
    public RegisteredWebhook? Enabled(string type)
        => _byType.TryGetValue(type, out RegisteredWebhook? webhook) && webhook.Enabled ? webhook : null;
}

/// <summary>One registered webhook; <see cref="Authorization"/> is sent verbatim and never shown.</summary>
internal sealed record RegisteredWebhook(string Type, Uri Url, string? Authorization, bool Enabled)
{
    public override string ToString() => $"{Type} -> {Url} (enabled: {Enabled})";
}
