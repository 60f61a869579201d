namespace Evo8x8.Client.Testing.Evo;

/// <summary>One party of an emulated session: written as Evo's <c>SessionMemberInfo</c>.</summary>
internal sealed class EvoMember(string identity, string role, bool isOriginal)
{
    public string Identity { get; } = identity;

    public string Role { get; } = role;

    public bool IsOriginal { get; } = isOriginal;

    public string? CallSid { get; init; }

    public string CallState { get; set; } = "None";
}
