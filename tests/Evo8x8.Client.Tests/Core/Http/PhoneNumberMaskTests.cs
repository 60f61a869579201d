using Evo8x8.Client.Core.Http;

namespace Evo8x8.Client.Tests.Core.Http;

public sealed class PhoneNumberMaskTests
{
    [Theory]
    [InlineData("dial +6591234567 now", "dial +********67 now")]
    [InlineData("(65) 9123-4567", "(**) ****-**67")]
    [InlineData("+1 415 555 2671", "+* *** *** **71")]
    public void Apply_TextWithPhoneNumber_KeepsOnlyTheLastTwoDigits(string text, string expected)
        => Assert.Equal(expected, PhoneNumberMask.Apply(text));

    [Theory]
    [InlineData("Connection refused (127.0.0.1:5000)")]
    [InlineData("answered 503 in 1234 ms (attempt 2)")]
    [InlineData("code 4711 expires in 300 s")]
    [InlineData("session sess-6070809-x ended")]
    [InlineData("call 12345678-1234-4234-9234-123456789012 ended")]
    [InlineData("request id req_60708091 failed")]
    public void Apply_TextWithShortNumbers_LeavesItAlone(string text)
        => Assert.Equal(text, PhoneNumberMask.Apply(text));
}
