using System.Text.Json;
using Evo8x8.Client.Ccai.Json;
using Evo8x8.Client.Ccai;

namespace Evo8x8.Client.Tests.Ccai;

public sealed class CcaiSessionTypeTests
{
    [Fact]
    public void Read_UnknownTypeString_KeepsTheTextAndItsFamily()
    {
        SessionMetadata session = JsonSerializer.Deserialize(
            """{"id":1,"call_type":"Voice Internal","session_type_v2":"Messaging (Apple Business Chat)"}""",
            CcaiJsonContext.Default.SessionMetadata)!;

        Assert.Equal("Voice Internal", session.CallType!.Value.Value);
        Assert.True(session.CallType.Value.IsVoice);
        Assert.Equal("Messaging (Apple Business Chat)", session.Type!.Value.ToString());
        Assert.True(session.Type.Value.IsMessaging);
        Assert.Contains("\"call_type\":\"Voice Internal\"", JsonSerializer.Serialize(session, CcaiJsonContext.Default.SessionMetadata), StringComparison.Ordinal);
    }

    [Fact]
    public void Equals_SameTypeInOtherCase_IsEqualAndCountsAsOneKey()
    {
        CcaiSessionType asGoogleSchemaSpellsIt = new("Voice Inbound (Mobile)");
        Dictionary<CcaiSessionType, int> counts = new() { [CcaiSessionType.VoiceInboundMobile] = 1 };

        counts[asGoogleSchemaSpellsIt]++;

        Assert.Equal(CcaiSessionType.VoiceInboundMobile, asGoogleSchemaSpellsIt);
        Assert.Equal(2, Assert.Single(counts).Value);
    }

    [Fact]
    public void Type_PrefersV2ThenCallTypeThenSessionType()
    {
        SessionMetadata legacyOnly = JsonSerializer.Deserialize("""{"id":1,"session_type":"Voice outbound"}""", CcaiJsonContext.Default.SessionMetadata)!;
        SessionMetadata both = JsonSerializer.Deserialize("""{"id":1,"call_type":"Voice inbound","session_type_v2":"Voice inbound (API)"}""", CcaiJsonContext.Default.SessionMetadata)!;

        Assert.Equal(CcaiSessionType.VoiceOutbound, legacyOnly.Type);
        Assert.Equal(CcaiSessionType.VoiceInboundApi, both.Type);
    }

    [Theory]
    [InlineData("voice_inbound", "Voice inbound")]
    [InlineData("VOICE INBOUND", "Voice inbound")]
    [InlineData("voice_inbound_api", "Voice inbound (API)")]
    [InlineData("Voice Inbound (API)", "Voice inbound (API)")]
    [InlineData("messaging_whatsapp", "Messaging (Whatsapp)")]
    [InlineData("voice_inbound_ivr_by_mobile", "Voice inbound (IVR by Mobile)")]
    public void Equals_SnakeCaseAndDisplayForms_AreOneTypeAndOneDictionaryKey(string snakeOrOther, string display)
    {
        CcaiSessionType read = JsonSerializer.Deserialize($$"""{"id":1,"call_type":"{{snakeOrOther}}"}""", CcaiJsonContext.Default.SessionMetadata)!.CallType!.Value;
        HashSet<CcaiSessionType> seen = [new CcaiSessionType(display)];

        Assert.Equal(new CcaiSessionType(display), read);
        Assert.Contains(read, seen);
        Assert.Equal(snakeOrOther, read.Value);
    }

    [Theory]
    [InlineData("voice_inbound", "Voice outbound")]
    [InlineData("voice_inbound", "Voice inbound (Mobile)")]
    [InlineData("messaging_sms", "Messaging inbound (SMS)")]
    public void Equals_DifferentTypes_AreNotEqual(string left, string right)
        => Assert.NotEqual(new CcaiSessionType(left), new CcaiSessionType(right));
}
