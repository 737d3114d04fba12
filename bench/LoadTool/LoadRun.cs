using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace CpcCoach.LoadTool;

internal sealed record LoadResult(
    long Turns, long Errors, TimeSpan Elapsed, double[] LatenciesMs, IReadOnlyList<double[]> StepLatenciesMs, IReadOnlyList<TurnTiming> Timings)
{
    /// <summary>CPU the bot used during the measured seconds (null when it was not launched by this tool).</summary>
    public TimeSpan? BotCpu { get; init; }

    /// <summary>CPU this tool used during the measured seconds.</summary>
    public TimeSpan ToolCpu { get; init; }

    public async Task WriteLatenciesAsync(string path, CancellationToken ct)
    {
        var lines = Timings.OrderBy(t => t.StartMs).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.StartMs:F3},{t.Step + 1},{t.Ms:F3}"));
        await File.WriteAllLinesAsync(path, ["start_ms,step,latency_ms", .. lines], ct);
    }

    public string Describe(LoadOptions options, double? peakMb)
    {
        var peak = peakMb is { } mb ? mb.ToString("F0", CultureInfo.InvariantCulture) + " MB" : "n/a";
        var (p50, p99, max) = Percentiles(LatenciesMs);
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"scenario={options.Scenario} users={options.Users} conversations={(options.Conversations == ConversationMode.PerUser ? "per-user" : "per-script")} " +
            $"rate={(options.Rate > 0 ? options.Rate.ToString(CultureInfo.InvariantCulture) + "/s" : "unpaced")} seconds={Elapsed.TotalSeconds:F1} turns={Turns} errors={Errors} " +
            $"turns/s={Turns / Elapsed.TotalSeconds:F0} p50={p50:F2}ms p99={p99:F2}ms max={max:F2}ms peak_memory={peak} " +
            $"(p90={Quantile(LatenciesMs, 0.90):F2}ms p99.9={Quantile(LatenciesMs, 0.999):F2}ms " +
            $"bot_cpu/turn={(BotCpu is { } bot ? (bot.TotalMilliseconds / Math.Max(1, Turns)).ToString("F3", CultureInfo.InvariantCulture) + "ms" : "n/a")} " +
            $"tool_cpu/turn={ToolCpu.TotalMilliseconds / Math.Max(1, Turns):F3}ms)");
        var script = Scenarios.For(options.Scenario);
        var steps = StepLatenciesMs.Select((latencies, step) =>
        {
            var (s50, s99, smax) = Percentiles(latencies);
            return string.Create(CultureInfo.InvariantCulture, $"  step {step + 1} \"{script[step]}\": n={latencies.Length} p50={s50:F2}ms p99={s99:F2}ms max={smax:F2}ms");
        });
        return string.Join(Environment.NewLine, [summary, .. steps]);
    }

    /// <summary>Sorts <paramref name="latencies"/> in place, so the later <see cref="Quantile"/> calls read it sorted.</summary>
    private static (double P50, double P99, double Max) Percentiles(double[] latencies)
    {
        Array.Sort(latencies);
        return (Quantile(latencies, 0.50), Quantile(latencies, 0.99), Quantile(latencies, 1));
    }

    private static double Quantile(double[] sorted, double q) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
}

/// <summary>One measured turn: its step in the script, when it started (ms from the start of the measurement) and its latency.</summary>
internal readonly record struct TurnTiming(int Step, double StartMs, double Ms);

/// <summary>N users, each looping through conversations of the scenario, one turn at a time, over expectReplies.</summary>
internal static class LoadRun
{
    /// <param name="botCpu">Reads the bot's CPU time so far, when this tool launched it; CPU per turn does not depend on queueing.</param>
    public static async Task<LoadResult> RunAsync(string baseUrl, LoadOptions options, Func<TimeSpan?> botCpu, CancellationToken ct)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Users * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl + "/") };
        var script = Scenarios.For(options.Scenario);

        await DriveAsync(http, script, options, options.Warmup, record: null, ct);
        var latencies = new List<TurnTiming>[options.Users];
        for (var i = 0; i < latencies.Length; i++) latencies[i] = new List<TurnTiming>(100_000);
        using var self = Process.GetCurrentProcess();
        var (botBefore, toolBefore) = (botCpu(), self.TotalProcessorTime);
        var stopwatch = Stopwatch.StartNew();
        var (turns, errors) = await DriveAsync(http, script, options, options.Duration, latencies, ct);
        stopwatch.Stop();
        self.Refresh();
        var (botAfter, toolAfter) = (botCpu(), self.TotalProcessorTime);
        var all = latencies.SelectMany(l => l).ToList();
        return new LoadResult(turns, errors, stopwatch.Elapsed, [.. all.Select(l => l.Ms)],
            [.. Enumerable.Range(0, script.Count).Select(step => all.Where(l => l.Step == step).Select(l => l.Ms).ToArray())], all)
        {
            BotCpu = botAfter - botBefore,
            ToolCpu = toolAfter - toolBefore,
        };
    }

    private static async Task<(long Turns, long Errors)> DriveAsync(
        HttpClient http, IReadOnlyList<string> script, LoadOptions options, TimeSpan duration, List<TurnTiming>[]? record, CancellationToken ct)
    {
        // Distinct per run phase, so the measured run never replays the warm-up's activity ids (the bot would take them
        // for channel retries).
        var phase = Guid.NewGuid().ToString("N");
        long turns = 0, errors = 0;
        var origin = Stopwatch.GetTimestamp();
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        // Paced (--rate): each user sends on a fixed schedule, the users' schedules interleaved evenly. A reply that
        // comes back late delays that user's next send, and the wait counts in its latency, which is measured from
        // when the turn was due, not from when it could be sent.
        var interval = options.Rate > 0 ? (long)(Stopwatch.Frequency * options.Users / options.Rate) : 0;
        var workers = Enumerable.Range(0, options.Users).Select(user => Task.Run(async () =>
        {
            var due = origin + interval * user / options.Users;
            var pass = 0;
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var conversationId = options.Conversations == ConversationMode.PerUser
                    ? $"load-{user}-{phase}"
                    : $"load-{user}-{pass}-{phase}";
                for (var turn = 0; turn < script.Count && Stopwatch.GetTimestamp() < deadline; turn++)
                {
                    var body = Activity(conversationId, $"{pass}-{turn}", user, script[turn]);
                    var started = Stopwatch.GetTimestamp();
                    if (interval > 0)
                    {
                        if (due > started)
                        {
                            await Task.Delay(Stopwatch.GetElapsedTime(started, due), ct);
                        }

                        started = due;
                        due += interval;
                    }

                    try
                    {
                        using var content = new StringContent(body, Encoding.UTF8, "application/json");
                        using var response = await http.PostAsync("api/messages", content, ct);
                        await response.Content.ReadAsByteArrayAsync(ct);
                        if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
                    }
                    catch (HttpRequestException)
                    {
                        Interlocked.Increment(ref errors);
                    }

                    record?[user].Add(new TurnTiming(turn, Stopwatch.GetElapsedTime(origin, started).TotalMilliseconds, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
                    Interlocked.Increment(ref turns);
                }

                pass++;
            }
        }, ct)).ToArray();
        await Task.WhenAll(workers);
        return (turns, errors);
    }

    private static string Activity(string conversationId, string activityId, int user, string text) => new JsonObject
    {
        ["type"] = "message",
        ["id"] = activityId,
        ["channelId"] = "test",
        ["deliveryMode"] = "expectReplies",
        ["from"] = new JsonObject { ["id"] = $"load-user-{user}", ["role"] = "user" },
        ["recipient"] = new JsonObject { ["id"] = "cpc-coach", ["role"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["locale"] = "en-US",
        ["text"] = text,
    }.ToJsonString();
}
