using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using System.Text.Json.Serialization;
using System.Text.Json;
using System.Text;
using CsCheck;
using Evo8x8.Client.Ccai.Json;
using Evo8x8.Client.Ccai;

namespace Evo8x8.Client.Tests.Ccai;

/// <summary>
/// The batch readers read a usual record member by member (SessionMetadataRecordReader) and leave every other one to
/// the serializer's contract. These tests hold the member-by-member reading to the contract's: for generated records
/// (names in any case and escaped, unknown members at every level and repeated, numbers as text, nulls, wrong kinds),
/// whatever it reads is exactly what the contract reads, unknown members included; and it does read the usual records.
/// </summary>
public sealed class SessionMetadataRecordReaderTests
{
    private static readonly string[] Names =
    [
        "id", "parent_id", "lang", "call_type", "chat_type", "session_type", "session_type_v2", "status", "subStatus", "sub_status",
        "created_at", "ends_at", "wait_duration", "call_duration", "out_ticket_id", "recording_permission", "selected_menu", "rating",
        "has_feedback", "agent_info", "transfers", "disposition", "verified", "photos", "participants", "diagnostics", "Lang", "RATING",
        "ſtatus", "extensionData", "$id", "HandleTime", "Type", "l\\u0061ng", "caf\\u00e9", "x", "type", "isChat",
    ];

    private static readonly string[] Values =
    [
        "1", "\"12\"", "\" 12\"", "\"+12\"", "12.5", "-3", "9223372036854775808", "null", "true", "false", "\"en\"", "\"\"", "\"null\"",
        "\"Voice inbound\"", "\"voice_inbound\"", "8", "\"finished\"", "\"Finished\"", "\"2024-05-01T10:00:00.123+02:00\"",
        "\"2024-05-01T10:00:00Z\"", "\"yesterday\"", "\"12.5\"", "\"not asked\"", "{}", "[]", "[null]", "{\"code\":\"Resolved\",\"notes\":\"ok\"}",
        "{\"id\":9,\"name\":\"Bot\",\"va_alias\":\"billing-bot\",\"x\":[1,{\"y\":2}],\"x\":3}", "{\"id\":\"9\",\"agent_number\":42,\"Name\":\"A\"}",
        "[{\"id\":1,\"transfer_type\":\"agent\",\"from_agent\":{\"id\":1},\"to_agent\":null,\"to_menu\":{\"id\":2},\"created_at\":\"2024-05-01T10:00:00Z\",\"extra\":{}}]",
        "[{\"id\":1,\"type\":\"end_user\",\"connected_at\":\"2024-05-01T10:00:00Z\",\"x\":1,\"x\":\"two\"},null,{\"ID\":2}]",
        "[{\"id\":1,\"type\":7}]", "[1]", "{\"sip\":\"x\",\"codes\":[1,2]}", "\"caf\\u00e9\"", "\"\\ud800\"", "{\"a\" : [ 1 , 2 ] }",
    ];

    [Fact]
    public void GeneratedRecords_ReadAsTheContractReadsThem()
    {
        Gen<(int Name, int Value)[]> records = Gen.Select(Gen.Int[0, Names.Length - 1], Gen.Int[0, Values.Length - 1]).Array[0, 12];
        int readHere = 0;
        records.Sample(
            chosen =>
            {
                string record = "{" + string.Join(",", chosen.Select(member => $"\"{Names[member.Name]}\":{Values[member.Value]}")) + "}";
                if (AssertSameReading(record))
                {
                    readHere++;
                }
            },
            iter: 20_000);

        // Most generated records are ones the member-by-member reader should read itself, not hand on.
        Assert.True(readHere > 2_000, $"Only {readHere} of 20,000 generated records were read member by member.");
    }

    [Fact]
    public void UsualRecords_AreReadMemberByMember()
    {
        var random = new Random(11);
        IEnumerable<string> fixtures = SessionMetadataTests.AllFixtures.Cast<object[]>().Select(row => File.ReadAllText(SessionMetadataTests.FixturePath((string)row[0])));
        foreach (string record in Enumerable.Range(0, 300).Select(id => GeneratedRecords.Record(id, random)).Concat(fixtures))
        {
            Assert.True(AssertSameReading(record), $"Left to the contract: {record}");
        }
    }

    [Fact]
    public void ContractMembers_AreTheOnesTheReaderNames()
    {
        foreach ((Type type, IEnumerable<string> names) in SessionMetadataRecordReader.KnownNames)
        {
            JsonTypeInfo contract = CcaiJsonContext.Default.GetTypeInfo(type)!;
            string[] settable = [.. contract.Properties.Where(property => property.Set is not null && !property.IsExtensionData).Select(property => property.Name).Order()];
            Assert.Equal(settable, names.Order());

            // Every other public property's name is one the contract drops when a record carries it: left to it too.
            string[] others =
            [
                .. type.GetProperties().Where(property => property.GetCustomAttribute<JsonPropertyNameAttribute>() is null)
                    .Select(property => JsonNamingPolicy.CamelCase.ConvertName(property.Name)).Order(),
            ];
            Assert.Equal(others, SessionMetadataRecordReader.ReservedNames[type].Order());
        }
    }

    [Fact]
    public void UnknownMembers_AreParsedOnceAndShared_WhenReadTogether()
    {
        byte[] record = """{"id":1,"diagnostics":{"sip":"x"},"x":1,"x":"two","lang":"en"}"""u8.ToArray();
        Assert.True(SessionMetadataRecordReader.TryRead(record, out SessionMetadata? read));

        IDictionary<string, JsonElement>?[] seen = new IDictionary<string, JsonElement>?[8];
        Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, index => seen[index] = read!.ExtensionData);

        Assert.All(seen, dictionary => Assert.Same(seen[0], dictionary));
        Assert.Equal(["diagnostics", "x"], seen[0]!.Keys);
        Assert.Equal("""{"sip":"x"}""", seen[0]!["diagnostics"].GetRawText());
        Assert.Equal("two", seen[0]!["x"].GetString());
    }

    // True when the member-by-member reader read the record itself; either way its reading is the contract's.
    private static bool AssertSameReading(string record)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(record);
        if (!SessionMetadataRecordReader.TryRead(bytes, out SessionMetadata? read))
        {
            return false;
        }

        SessionMetadata? expected = null;
        Exception? refused = Record.Exception(() => expected = JsonSerializer.Deserialize(bytes, CcaiJsonContext.Default.SessionMetadata));
        Assert.True(refused is null, $"The contract refuses {record} ({refused?.Message}), but the reader read it.");
        Assert.True(Written(expected!) == Written(read!), $"{record}\ncontract: {Written(expected!)}\nreader:   {Written(read!)}");
        return true;
    }

    // The record as the contract writes it, and its unknown members as they were written in the record (a member
    // holding a lone surrogate escape is kept but cannot be written back).
    private static string Written(SessionMetadata record)
    {
        string unknown = string.Join(",", (record.ExtensionData ?? new Dictionary<string, JsonElement>()).Select(member => $"{member.Key}={member.Value.GetRawText()}"));
        try
        {
            return JsonSerializer.Serialize(record, CcaiJsonContext.Default.SessionMetadata) + " " + unknown;
        }
        catch (JsonException unwritable)
        {
            return $"not writable ({unwritable.InnerException?.Message}) {unknown}";
        }
    }
}
