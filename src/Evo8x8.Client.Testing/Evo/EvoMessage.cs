using NodaTime;

namespace Evo8x8.Client.Testing.Evo;

/// <summary>One chat message of an emulated session: written as Evo's <c>MessageInfo</c> and as a transcript entry.</summary>
internal sealed record EvoMessage(string Id, Instant Date, string Direction, string Sender, string OtherAddress, string Text);
