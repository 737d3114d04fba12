using System.Text;
using CpcCoach.Knowledge.Routing;

namespace CpcCoach.Knowledge.Tests.Support;

/// <summary>
/// Routing accuracy over an eval set. Top-1: our first framework is the expected first framework. Top-3: the
/// expected first framework is among our first three. Intent: exact intent key.
/// </summary>
internal sealed record RoutingReport(int Count, int Top1, int Top3, int Intent, string Details)
{
    public double Top1Rate => (double)Top1 / Count;
    public double Top3Rate => (double)Top3 / Count;
    public double IntentRate => (double)Intent / Count;

    public static RoutingReport Run(EvalSet set, Func<string, Route> route)
    {
        int top1 = 0, top3 = 0, intent = 0;
        var details = new StringBuilder();
        foreach (var query in set.Queries)
        {
            var result = route(query.Text);
            var expected = query.ExpectedFrameworks[0];
            var first = result.Frameworks[0] == expected;
            var inTop3 = result.Frameworks.Take(3).Contains(expected);
            var intentOk = result.Intent == query.Intent;
            top1 += first ? 1 : 0;
            top3 += inTop3 ? 1 : 0;
            intent += intentOk ? 1 : 0;
            if (!first || !inTop3 || !intentOk)
            {
                details.AppendLine($"{query.Id}: intent {result.Intent}{(intentOk ? string.Empty : $" (want {query.Intent})")}; frameworks [{string.Join(", ", result.Frameworks)}] want [{string.Join(", ", query.ExpectedFrameworks)}]");
            }
        }

        return new RoutingReport(set.Queries.Count, top1, top3, intent, details.ToString());
    }

    public override string ToString() =>
        $"n={Count} top-1 framework {Top1Rate:P1} ({Top1}), top-3 {Top3Rate:P1} ({Top3}), intent {IntentRate:P1} ({Intent}){Environment.NewLine}{Details}";
}
