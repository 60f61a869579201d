using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Voice.Recordings;

/// <summary>
/// How 8x8 uploads recordings. 8x8 shows <c>ftp</c> and <c>S3</c> in its examples without listing every
/// protocol; any other text is kept and can be sent with <c>new RecordingPushProtocol("sftp")</c>.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<RecordingPushProtocol>))]
public readonly partial record struct RecordingPushProtocol(string Value) : IWireValue<RecordingPushProtocol>
{
    /// <summary><c>ftp</c>: an FTP server; the host is its name, the path a folder on it.</summary>
    public static RecordingPushProtocol Ftp { get; } = new("ftp");

    /// <summary><c>S3</c>: an Amazon S3 bucket; the host is the region (for example <c>ap-southeast-2</c>).</summary>
    public static RecordingPushProtocol S3 { get; } = new("S3");
}
