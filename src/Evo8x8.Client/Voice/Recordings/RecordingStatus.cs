using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Voice.Recordings;

/// <summary>
/// Where a recording stands. 8x8's recordings page lists upper-case values (<c>UPLOAD_COMPLETED</c> …) while its
/// OpenAPI example shows <c>completed</c>; both are known, and any other text 8x8 sends is kept as it is.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<RecordingStatus>))]
public readonly partial record struct RecordingStatus(string Value) : IWireValue<RecordingStatus>
{
    /// <summary><c>completed</c>: the recording is finished (the OpenAPI example's spelling).</summary>
    public static RecordingStatus Completed { get; } = new("completed");

    /// <summary><c>PROCESSING</c>: 8x8 is still processing the recording.</summary>
    public static RecordingStatus Processing { get; } = new("PROCESSING");

    /// <summary><c>PROCESSING_FAILED</c>: 8x8 could not process the recording.</summary>
    public static RecordingStatus ProcessingFailed { get; } = new("PROCESSING_FAILED");

    /// <summary><c>UPLOAD_COMPLETED</c>: the file reached your recording push endpoint (the status the VRU sample sends).</summary>
    public static RecordingStatus UploadCompleted { get; } = new("UPLOAD_COMPLETED");

    /// <summary><c>UPLOAD_FAILED</c>: the file could not be pushed to your endpoint; check the push configuration.</summary>
    public static RecordingStatus UploadFailed { get; } = new("UPLOAD_FAILED");

    /// <summary><c>CALLBACK_COMPLETED</c>: the recording callback completed.</summary>
    public static RecordingStatus CallbackCompleted { get; } = new("CALLBACK_COMPLETED");

    /// <summary><c>CALLBACK_FAILED</c>: the recording callback failed.</summary>
    public static RecordingStatus CallbackFailed { get; } = new("CALLBACK_FAILED");

    /// <summary><c>UNKNOWN</c>: 8x8 reports an unknown error.</summary>
    public static RecordingStatus Unknown { get; } = new("UNKNOWN");
}
