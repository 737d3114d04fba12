using CpcCoach.Knowledge.Routing;
using CpcCoach.Knowledge.Safety;
using CpcCoach.Knowledge.Tests.Support;
using Xunit.Abstractions;

namespace CpcCoach.Knowledge.Tests.Routing;

/// <summary>
/// Routing accuracy as the product is scored: the shared dev set (thresholds from the issue) and our own
/// held-out-style set written in different words and scenarios (thresholds a little lower, set honestly).
/// Messages go through redaction first, as they do in the bot.
/// </summary>
public sealed class RoutingEvalTests(ITestOutputHelper output)
{
    private static readonly Router Router = new(SharedKnowledge.Base, new SafetyClassifier());
    private static readonly PhiRedactor Redactor = new();

    [Fact]
    public void DevSet_MeetsTheIssueThresholds()
    {
        var report = RoutingReport.Run(EvalSet.Load("dev-queries.yaml"), RouteRedacted);
        output.WriteLine(report.ToString());

        Assert.True(report.Top1Rate >= 0.85, report.ToString());
        Assert.True(report.Top3Rate >= 0.95, report.ToString());
        Assert.True(report.IntentRate >= 0.90, report.ToString());
    }

    [Fact]
    public void HeldOutStyleSet_GeneralisesBeyondTheDevWording()
    {
        var report = RoutingReport.Run(EvalSet.Load("heldout-style-queries.yaml"), RouteRedacted);
        output.WriteLine(report.ToString());

        Assert.True(report.Top1Rate >= 0.70, report.ToString());
        Assert.True(report.Top3Rate >= 0.85, report.ToString());
        Assert.True(report.IntentRate >= 0.80, report.ToString());
    }

    private static Route RouteRedacted(string text) => Router.Route(Redactor.Redact(text).Text);
}
