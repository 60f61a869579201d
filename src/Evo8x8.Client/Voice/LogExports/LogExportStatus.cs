using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Voice.LogExports;

/// <summary>Where a voice log export job stands. Statuses 8x8 adds later are kept with their text.</summary>
[JsonConverter(typeof(WireValueJsonConverter<LogExportStatus>))]
public readonly partial record struct LogExportStatus(string Value) : IWireValue<LogExportStatus>
{
    /// <summary>The text as 8x8 sends it; empty, never null, when an answer left the field out.</summary>
    public string Value { get => field ?? string.Empty; init; } = Value;

    /// <summary><c>queued</c>: the job waits to start.</summary>
    public static LogExportStatus Queued { get; } = new("queued");

    /// <summary><c>running</c>: the files are being made.</summary>
    public static LogExportStatus Running { get; } = new("running");

    /// <summary><c>succeeded</c>: the files can be downloaded.</summary>
    public static LogExportStatus Succeeded { get; } = new("succeeded");

    /// <summary><c>failed</c>: the files could not be made.</summary>
    public static LogExportStatus Failed { get; } = new("failed");

    /// <summary><c>cancelled</c>: the job was cancelled.</summary>
    public static LogExportStatus Cancelled { get; } = new("cancelled");

    /// <summary><c>empty</c>: the period holds no records.</summary>
    public static LogExportStatus Empty { get; } = new("empty");

    /// <summary><c>error</c>: 8x8 had an internal error.</summary>
    public static LogExportStatus Error { get; } = new("error");

    /// <summary>True once the job will not change any more (every status but queued and running, including unknown ones).</summary>
    public bool IsFinal => this != Queued && this != Running;
}
