using Evo8x8.Client.Voice.Webhooks;
using Evo8x8.Client.Voice;
using NodaTime;

namespace Evo8x8.Client.Tests.Voice;

/// <summary>Cases where 8x8's published examples break its own rules: reported as warnings, never blocking.</summary>
public sealed partial class CallflowBuilderValidationTests
{
    private static readonly CallflowValidationOptions AnyProfile = new() { Clock = Clock };

    [Fact]
    public void Build_AdvancedIvrSampleWithEqualTimeouts_BuildsWithAWarningNamingBothSources()
    {
        CallflowBuilder builder = BuilderFor("warning/digittimeout-equals-overalltimeout-advanced-ivr.json", AnyProfile);

        Callflow callflow = builder.Build();

        CallflowProblem warning = Assert.Single(callflow.Warnings);
        Assert.Equal(CallflowProblemSeverity.Warning, warning.Severity);
        Assert.False(warning.IsError);
        Assert.Equal("$.callflow[1].params.overallTimeout", warning.Path);
        Assert.Equal(CallflowStatusCode.OverallTimeoutNotAboveDigitTimeout, warning.PreventedStatusCode);
        Assert.Contains("status code table", warning.Message, StringComparison.Ordinal);
        Assert.Contains("IVR example", warning.Message, StringComparison.Ordinal);
        Assert.Contains("10000 ms", warning.Message, StringComparison.Ordinal);
        Assert.StartsWith("warning: $.callflow[1].params.overallTimeout", warning.ToString(), StringComparison.Ordinal);
        Assert.Equal([warning], builder.Validate());
    }

    [Fact]
    public void Build_OpenApiExampleWithDigitTimeoutAlone_BuildsWithAWarningNamingBothSources()
    {
        Callflow callflow = BuilderFor("warning/digittimeout-without-overalltimeout-openapi-example-1.json", AnyProfile).Build();

        CallflowProblem warning = Assert.Single(callflow.Warnings);
        Assert.Equal(CallflowProblemSeverity.Warning, warning.Severity);
        Assert.Equal(CallflowStatusCode.OverallTimeoutRequired, warning.PreventedStatusCode);
        Assert.Contains("status code table", warning.Message, StringComparison.Ordinal);
        Assert.Contains("OpenAPI", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildReply_EqualTimeouts_BuildsWithTheWarning()
    {
        CallActionReply reply = new CallflowBuilder(AnyProfile)
            .SayAndCapture("Press 1", "en-US-BenjaminRUS", minDigits: 1, maxDigits: 1, digitTimeout: Duration.FromSeconds(10), overallTimeout: Duration.FromSeconds(10))
            .BuildReply("ivr-1-stage-1");

        Assert.Equal("$.callflow[0].params.overallTimeout", Assert.Single(reply.Warnings).Path);
        Assert.DoesNotContain("warning", reply.ToJson(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Build_OverallTimeoutBelowDigitTimeout_IsStillAnError()
    {
        CallflowBuilder builder = new CallflowBuilder(AnyProfile)
            .MakeCall("+6512341234", "+6512345678")
            .SayAndCapture("Press 1", "en-US-BenjaminRUS", digitTimeout: Duration.FromSeconds(10), overallTimeout: Duration.FromSeconds(9));

        CallflowValidationException ex = Assert.Throws<CallflowValidationException>(builder.Build);

        CallflowProblem problem = Assert.Single(ex.Problems);
        Assert.True(problem.IsError);
        Assert.Equal("-1006", ex.ErrorCode);
    }

    [Fact]
    public void Build_ErrorBesideAWarning_ThrowsListingBothWithTheErrorsCode()
    {
        CallflowBuilder builder = new CallflowBuilder(AnyProfile)
            .MakeCall("+6512341234", "+6512345678")
            .SayAndCapture("Press 1", "en-US-BenjaminRUS", digitTimeout: Duration.FromSeconds(5))
            .Say("Bye", "en-US-BenjaminRUS", repetition: 7);

        CallflowValidationException ex = Assert.Throws<CallflowValidationException>(builder.Build);

        Assert.Equal([CallflowProblemSeverity.Warning, CallflowProblemSeverity.Error], ex.Problems.Select(p => p.Severity));
        Assert.Equal("-1009", ex.ErrorCode);
        Assert.False(builder.TryBuild(out _, out IReadOnlyList<CallflowProblem> problems));
        Assert.Equal(ex.Problems, problems);
    }
}
