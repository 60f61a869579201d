using System.Text.Json.Serialization;

namespace Evo8x8.Client.Voice.LogExports;

/// <summary>A started voice log export job.</summary>
public sealed class LogExportJob
{
    /// <summary>The job's id, to pass to <see cref="ILogExportsApi.GetResultAsync"/> and <see cref="ILogExportsApi.CancelAsync"/>.</summary>
    [JsonRequired]
    [JsonConverter(typeof(Core.Json.RequiredTextJsonConverter))]
    public string JobId { get; init; } = string.Empty;
}
