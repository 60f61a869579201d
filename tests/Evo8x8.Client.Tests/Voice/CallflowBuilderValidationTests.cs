using System.Text.Json;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice.Json;
using Evo8x8.Client.Voice;
using NodaTime.Text;
using NodaTime;

namespace Evo8x8.Client.Tests.Voice;

/// <summary>
/// Every offline rule, each with a request that breaks it (Fixtures/invalid) and its twin that keeps to it
/// (Fixtures/valid). The clock stands at 2024-07-03T05:59:32.226Z, between the two validUntil fixtures.
/// </summary>
public sealed partial class CallflowBuilderValidationTests
{
    private static readonly FakeClock Clock = new(InstantPattern.ExtendedIso.Parse("2024-07-03T05:59:32.226Z").Value);

    private static readonly CallflowValidationOptions WithKnownProfiles = new()
    {
        Clock = Clock,
        KnownVoiceProfiles = new HashSet<string>(StringComparer.Ordinal) { "en-US-JennyNeural", "en-IE-EmilyNeural" },
    };

    public static TheoryData<string, string, int> BrokenRules => new()
    {
        { "source-missing", "$.callflow[0].params.source", -1009 },
        { "source-not-e164", "$.callflow[0].params.source", -1009 },
        { "destination-not-e164", "$.callflow[0].params.destination", -1017 },
        { "text-missing", "$.callflow[1].params.text", -1009 },
        { "text-too-long", "$.callflow[1].params.text", -1009 },
        { "text-control-character", "$.callflow[1].params.text", -1016 },
        { "voiceprofile-missing", "$.callflow[1].params.voiceProfile", -1009 },
        { "repetition-too-high", "$.callflow[1].params.repetition", -1009 },
        { "repetition-too-low", "$.callflow[1].params.repetition", -1009 },
        { "speed-too-low", "$.callflow[1].params.speed", -1009 },
        { "speed-too-high", "$.callflow[1].params.speed", -1009 },
        { "fileurl-not-http", "$.callflow[1].params.fileUrl", -1009 },
        { "fileurl-relative", "$.callflow[1].params.fileUrl", -1009 },
        { "mindigits-without-maxdigits", "$.callflow[1].params.maxDigits", -1003 },
        { "mindigits-above-maxdigits", "$.callflow[1].params.maxDigits", -1003 },
        { "mindigits-zero", "$.callflow[1].params.minDigits", -1009 },
        { "overalltimeout-not-above-digittimeout", "$.callflow[1].params.overallTimeout", -1006 },
        { "completeonhash-false-without-maxdigits", "$.callflow[1].params.maxDigits", -1008 },
        { "nooftries-zero", "$.callflow[1].params.noOfTries", -1009 },
        { "first-action-not-makecall", "$.callflow[0].action", -1013 },
        { "three-makecalls", "$.callflow[2]", -1010 },
        { "hangup-not-last", "$.callflow[1]", -1012 },
        { "hangup-twice", "$.callflow[3]", -1012 },
        { "validuntil-past", "$.validUntil", -1015 },
        { "empty-callflow", "$.callflow", -1009 },
        { "unknown-voiceprofile", "$.callflow[1].params.voiceProfile", -1002 },
    };

    public static TheoryData<string> Rules => [.. BrokenRules.Select(row => (string)row[0])];

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public void Validate_FlowBreakingARule_ReportsThePathAndTheCodeItSpares(string rule, string path, int code)
    {
        IReadOnlyList<CallflowProblem> problems = BuilderFor($"invalid/{rule}.json").Validate();

        CallflowProblem problem = Assert.Single(problems);
        Assert.Equal(path, problem.Path);
        Assert.Equal(new CallflowStatusCode(code), problem.PreventedStatusCode);
        Assert.Equal(CallflowProblemSeverity.Error, problem.Severity);
        Assert.False(string.IsNullOrWhiteSpace(problem.Message));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Validate_FlowKeepingToTheRule_ReportsNothing(string rule)
    {
        CallflowBuilder builder = BuilderFor($"valid/{rule}.json");

        Assert.Empty(builder.Validate());
        Assert.True(builder.TryBuild(out Callflow? callflow, out _));
        Assert.Equal(builder.Actions.Count, callflow.Actions.Count);
    }

    [Fact]
    public void Build_FlowWithSeveralProblems_ThrowsOnceListingEveryProblem()
    {
        var builder = new CallflowBuilder(Clock)
            .ValidUntil(Clock.Now - Duration.FromSeconds(1))
            .Say(new string('a', 3001), "en-US-JennyNeural", repetition: 9)
            .MakeCall("+6512341234", "not-a-number")
            .Hangup();

        CallflowValidationException ex = Assert.Throws<CallflowValidationException>(builder.Build);

        Assert.Equal(
            ["$.validUntil", "$.callflow[0].action", "$.callflow[0].params.text", "$.callflow[0].params.repetition", "$.callflow[1].params.destination"],
            ex.Problems.Select(p => p.Path));
        Assert.Equal([-1015, -1013, -1009, -1009, -1017], ex.Problems.Select(p => p.PreventedStatusCode.Value));
        Assert.Null(ex.HttpStatus);
        Assert.Contains("5 problems", ex.Message, StringComparison.Ordinal);
        Assert.Contains("$.callflow[1].params.destination: 'not-a-number' is not an E.164 number", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryBuild_InvalidFlow_ReturnsFalseWithTheSameProblemsAsValidate()
    {
        CallflowBuilder builder = new CallflowBuilder(Clock).Say("Hi", "en-US-JennyNeural");

        bool built = builder.TryBuild(out Callflow? callflow, out IReadOnlyList<CallflowProblem> problems);

        Assert.False(built);
        Assert.Null(callflow);
        Assert.Equal(builder.Validate(), problems);
    }

    [Fact]
    public void ValidFor_UsesTheInjectedClock()
    {
        Callflow callflow = new CallflowBuilder(Clock).ValidFor(Duration.FromMinutes(10)).MakeCall("+6512341234", "+6512345678").Build();

        Assert.Equal(Clock.Now + Duration.FromMinutes(10), callflow.ValidUntil);
    }

    [Fact]
    public void Build_ReusedBuilder_LeavesEarlierCallflowsUnchanged()
    {
        CallflowBuilder builder = new CallflowBuilder(Clock).MakeCall("+6512341234", "+6512345678");
        Callflow first = builder.Build();

        builder.Hangup();

        Assert.Single(first.Actions);
        Assert.Equal(2, builder.Build().Actions.Count);
    }

    private static CallflowBuilder BuilderFor(string fixture, CallflowValidationOptions? validation = null)
    {
        Callflow request = JsonSerializer.Deserialize(Fixtures.Read($"Voice/Fixtures/{fixture}"), VoiceJsonContext.Default.Callflow)!;
        var builder = new CallflowBuilder(validation ?? WithKnownProfiles);
        if (request.ValidUntil is { } validUntil)
        {
            builder.ValidUntil(validUntil);
        }

        foreach (CallflowAction action in request.Actions)
        {
            builder.Add(action);
        }

        return builder;
    }
}
