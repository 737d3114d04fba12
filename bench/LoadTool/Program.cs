using CpcCoach.LoadTool;

// Drives N simulated users through multi-turn conversations over expectReplies and reports
// turns/s, p50/p99 latency and (when it launched the bot) the bot's peak memory and CPU per turn.
// Usage: dotnet run -c Release --project bench/LoadTool -- [--launch path/to/CpcCoach.Bot.dll or a published executable | --url http://127.0.0.1:3978]
//        [--users 32] [--seconds 20] [--warmup 5] [--scenario tips|prepare] [--env KEY=VALUE ...]
//        [--conversations per-script|per-user]   (a new conversation per pass through the script; or one per user, as in
//                                                  Teams, where later passes meet the flow the last one left open)
//        [--rate 3000]   (turns/s offered, spread evenly over the users; latency counts from when each turn was due.
//                         Without it each user sends its next message as soon as the reply arrives.)
//        [--latencies turns.csv]   (every measured turn: start time, step and latency, to see when the slow ones happen)
var options = LoadOptions.Parse(args);
await using var target = await BotTarget.StartAsync(options, CancellationToken.None);
var result = await LoadRun.RunAsync(target.BaseUrl, options, target.ProcessorTime, CancellationToken.None);
var peakMb = target.PeakMemoryMegabytes();
Console.WriteLine(result.Describe(options, peakMb));
if (options.LatenciesPath is { } path)
{
    await result.WriteLatenciesAsync(path, CancellationToken.None);
}

return result.Errors > 0 ? 1 : 0;
