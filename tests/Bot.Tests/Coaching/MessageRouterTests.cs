using CpcCoach.Bot.Coaching;
using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Tests.Support;
using CpcCoach.Bot.Turns;
using CpcCoach.Knowledge.Safety;
using Microsoft.Extensions.DependencyInjection;

namespace CpcCoach.Bot.Tests.Coaching;

/// <summary>One reading per turn: the dialog's self-harm check and the router share it, and a different text is read afresh.</summary>
public sealed class MessageRouterTests(BotApp app) : IClassFixture<BotApp>
{
    private const string Crisis = "I can't do this anymore, I want to kill myself";
    private const string Dosing = "what's the max morphine dose for a pt on comfort care";

    [Fact]
    public void SafetyAndRoute_OfOneTurnsText_AgreeWithTheClassifier()
    {
        var (router, classifier, turn) = Parts();

        var signals = router.Safety(turn, Dosing);
        var route = router.Route(turn, Dosing);

        Assert.Equal(classifier.Classify(Dosing), signals);
        Assert.Equal(signals, route.Safety);
        Assert.Equal(ScopeConcern.Dosing, route.Safety.Concern);
    }

    [Fact]
    public void AnotherText_InTheSameTurn_IsReadAfresh()
    {
        var (router, classifier, turn) = Parts();

        var first = router.Safety(turn, Dosing);
        var second = router.Safety(turn, Crisis);
        var route = router.Route(turn, Crisis);

        Assert.Equal(classifier.Classify(Dosing), first);
        Assert.Equal(classifier.Classify(Crisis), second);
        Assert.True(second.SelfHarmRisk);
        Assert.True(route.Safety.SelfHarmRisk);
    }

    [Fact]
    public void EachTurn_HasItsOwnReading()
    {
        var (router, _, first) = Parts();
        var (_, _, second) = Parts();

        Assert.Equal(ScopeConcern.Dosing, router.Safety(first, Dosing).Concern);
        Assert.True(router.Safety(second, Crisis).SelfHarmRisk);
        Assert.False(router.Safety(first, Dosing).SelfHarmRisk);
    }

    private (MessageRouter Router, SafetyClassifier Classifier, TurnContext Turn) Parts() => (
        app.Services.GetRequiredService<MessageRouter>(),
        app.Services.GetRequiredService<SafetyClassifier>(),
        new TurnContext(new Activity { Type = ActivityTypes.Message, Id = "in-1", ChannelId = "test" }, new BufferingReplySender(), CallerIdentity.Anonymous));
}
