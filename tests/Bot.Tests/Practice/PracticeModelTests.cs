using CpcCoach.Bot.Tests.Support;

namespace CpcCoach.Bot.Tests.Practice;

/// <summary>Model mode against the local model server through the real OpenAI client, with the scripted fallback.</summary>
public sealed class PracticeModelTests : IAsyncLifetime
{
    private const string ScriptedEscalation = "Don't tell me he's in good hands";
    private LocalModelServer _server = null!;
    private BotApp _app = null!;

    public async Task InitializeAsync()
    {
        _server = await LocalModelServer.StartAsync();
        _app = new BotApp()
            .With("Model:Provider", "OpenAI")
            .With("Model:ApiKey", "test-key")
            .With("Model:Deployment", "coach-gpt")
            .With("Model:Model", "coach-model")
            .With("Model:Endpoint", _server.BaseAddress + "/v1");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task ModelMode_PersonaLineComesFromTheModel_WithinTheScenarioFacts()
    {
        _server.AnswerText = "(Emeka stares at you.) Good hands? Somebody phoned me at two in the morning. I'm still angry.";
        var conversation = _app.Conversation();
        await conversation.Send("practise do_everything");

        var replies = await conversation.Send("Don't worry, he's in good hands.");

        Assert.Contains("Somebody phoned me at two in the morning", replies.AllText, StringComparison.Ordinal);
        var request = Assert.Single(_server.Requests);
        Assert.Contains("Emeka", request.System, StringComparison.Ordinal);
        Assert.Contains("Escalate", request.System, StringComparison.Ordinal);
        Assert.Contains("good hands", request.User, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModelMode_LineFlaggedByTheDetectors_FallsBackToTheScriptedLine()
    {
        _server.AnswerText = "His creatinine is rising and the CT shows progression of the metastatic lesions.";
        var conversation = _app.Conversation();
        await conversation.Send("practise do_everything");

        var replies = await conversation.Send("Don't worry, he's in good hands.");

        Assert.Contains(ScriptedEscalation, replies.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("creatinine", replies.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModelMode_ModelFailure_FallsBackToTheScriptedLine()
    {
        _server.Behaviour = ModelBehaviour.Garbage;
        var conversation = _app.Conversation();
        await conversation.Send("practise do_everything");

        var replies = await conversation.Send("Don't worry, he's in good hands.");

        Assert.Contains(ScriptedEscalation, replies.AllText, StringComparison.Ordinal);
    }
}
