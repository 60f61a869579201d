using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice.SpeechProfiles;
using Evo8x8.Client.Voice;

namespace Evo8x8.Client.Tests.Voice;

public sealed class CallflowValidationOptionsTests
{
    [Fact]
    public async Task FromSpeechProfiles_ListedByTheApi_BuilderReportsAnUnknownVoiceProfileAs1002()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Fixture(200, "Voice/SpeechProfiles/Fixtures/speech-profiles-list.json"));
        SpeechProfileList profiles = await voice.Client.SpeechProfiles.ListAsync().GetPageAsync();

        CallflowValidationOptions validation = CallflowValidationOptions.FromSpeechProfiles(profiles.SpeechProfiles);
        CallflowBuilder builder = new CallflowBuilder(validation)
            .MakeCall("6512341234", "6512345678")
            .Say("Hello", "en-IE-EmilyNeural")
            .Say("Hej", "da-DK-Naja")
            .Hangup();

        CallflowValidationException error = Assert.Throws<CallflowValidationException>(() => builder.Build());
        CallflowProblem problem = Assert.Single(error.Problems);
        Assert.Equal(CallflowStatusCode.InvalidSpeechProfile, problem.PreventedStatusCode);
        Assert.Contains("[1]", problem.Path, StringComparison.Ordinal);
        Assert.Contains("en-IE-EmilyNeural", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSpeechProfiles_CodeInOtherCase_IsAccepted()
    {
        CallflowValidationOptions validation = CallflowValidationOptions.FromSpeechProfiles(
            [new SpeechProfile { SpeechProfileCode = "en-US-Standard-A" }, new SpeechProfile()]);

        IReadOnlyList<CallflowProblem> problems = new CallflowBuilder(validation)
            .MakeCall("6512341234", "6512345678")
            .Say("Hello", "EN-US-STANDARD-A")
            .Validate();

        Assert.Empty(problems);
        Assert.Equal("en-US-Standard-A", Assert.Single(validation.KnownVoiceProfiles!));
    }
}
