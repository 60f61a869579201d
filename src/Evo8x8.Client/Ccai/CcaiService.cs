using Evo8x8.Client.Ccai.Apps;
using Evo8x8.Client.Ccai.Json;
using Evo8x8.Client.Core.Http;

namespace Evo8x8.Client.Ccai;

/// <summary>What CCAI Platform hands the shared HTTP pipeline: its name, error reader and JSON contracts.</summary>
internal static class CcaiService
{
    /// <summary>CCAI Platform's Apps API.</summary>
    public static readonly ServiceDefinition Definition = new("CCAI Platform", CcaiErrorReader.Read, CcaiJsonContext.Wire);
}
