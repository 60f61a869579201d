namespace Evo8x8.Client.Core.Json;

/// <summary>
/// A server vocabulary that can grow: a struct that keeps any text the service sends, with its known
/// values as named statics. Implemented explicitly so that it stays out of the public API.
/// </summary>
/// <typeparam name="TSelf">The implementing value type.</typeparam>
internal interface IWireValue<TSelf>
    where TSelf : struct, IWireValue<TSelf>
{
    /// <summary>The values the documentation names; reading one of them allocates nothing.</summary>
    static abstract IReadOnlyList<TSelf> Known { get; }

    /// <summary>The text exactly as it travels on the wire.</summary>
    string WireText { get; }

    /// <summary>Wraps text that is not one of <see cref="Known"/>; never throws.</summary>
    static abstract TSelf FromWire(string text);
}
