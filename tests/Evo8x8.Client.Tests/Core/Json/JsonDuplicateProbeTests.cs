using System.Text;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Tests.Core.Json;

// The .NET 8 stand-in for AllowDuplicateProperties = false; the suite runs on .NET 10, so it is tested directly.
public sealed class JsonDuplicateProbeTests
{
    [Theory]
    [InlineData("""{"a":1,"b":{"c":1,"c":2}}""", "$.b.c", 18)]
    [InlineData("""{"eventType":"CALL_STATUS","eventType":"SESSION_SUMMARY"}""", "$.eventType", 27)]
    [InlineData("""[{"a":1},{"a":1,"a":2}]""", "$.a", 16)]
    public void TryFind_KeyTwiceInOneObject_ReportsItsPathAndOffset(string json, string path, long offset)
    {
        Assert.True(JsonDuplicateProbe.TryFind(Encoding.UTF8.GetBytes(json), out JsonDuplicateProbe.Duplicate duplicate));
        Assert.Equal(path, duplicate.Path);
        Assert.Equal(offset, duplicate.ByteOffset);
    }

    [Theory]
    [InlineData("""{"a":1,"b":{"a":1},"c":[{"a":1},{"a":2}]}""")]
    [InlineData("""{"CallA":{},"callA":{}}""")]
    [InlineData("""{"a":1,"b":""")]
    public void TryFind_NoDuplicateOrBrokenJson_FindsNothing(string json)
        => Assert.False(JsonDuplicateProbe.TryFind(Encoding.UTF8.GetBytes(json), out _));
}
