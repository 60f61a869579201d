namespace Evo8x8.Client.Core.Json;

/// <summary>
/// A numeric server vocabulary that can grow (8x8's status and error codes): any number is kept, and the
/// documented ones have named statics. Implemented explicitly so that it stays out of the public API.
/// </summary>
/// <typeparam name="TSelf">The implementing value type.</typeparam>
internal interface IWireCode<TSelf>
    where TSelf : struct, IWireCode<TSelf>
{
    /// <summary>The number exactly as the service sends it.</summary>
    int Code { get; }

    /// <summary>Wraps any number, known or not; never throws.</summary>
    static abstract TSelf FromCode(int code);
}
