namespace CpcCoach.LoadTool;

internal sealed record LoadOptions(
    string? Url,
    string? Launch,
    int Users,
    TimeSpan Duration,
    TimeSpan Warmup,
    string Scenario,
    IReadOnlyDictionary<string, string> Environment,
    string? LatenciesPath = null,
    ConversationMode Conversations = ConversationMode.PerScript,
    int Rate = 0)
{
    public static LoadOptions Parse(string[] args)
    {
        string? url = null, launch = null, scenario = "tips", latencies = null;
        var conversations = ConversationMode.PerScript;
        int users = 32, seconds = 20, warmup = 5, rate = 0;
        var env = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--url": url = Next(); break;
                case "--launch": launch = Next(); break;
                case "--users": users = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--seconds": seconds = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--warmup": warmup = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--scenario": scenario = Next(); break;
                case "--latencies": latencies = Next(); break;
                case "--rate":
                    rate = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture);
                    if (rate < 0) throw new ArgumentException("--rate is turns per second in all: 1 or more (leave it out to send as fast as replies come)");
                    break;
                case "--conversations":
                    conversations = Next() switch
                    {
                        "per-user" => ConversationMode.PerUser,
                        "per-script" => ConversationMode.PerScript,
                        var other => throw new ArgumentException($"--conversations {other}: use per-user or per-script"),
                    };
                    break;
                case "--env":
                    var pair = Next().Split('=', 2);
                    env[pair[0]] = pair.Length > 1 ? pair[1] : string.Empty;
                    break;
                default: throw new ArgumentException($"Unknown option {args[i]}");
            }
        }

        if (url is null && launch is null)
        {
            throw new ArgumentException("Give --url of a running bot, or --launch with the path of CpcCoach.Bot.dll or of a published CpcCoach.Bot executable");
        }

        return new(url, launch, users, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(warmup), scenario, env, latencies, conversations, rate);
    }
}

/// <summary>Which conversation a simulated user's turns belong to.</summary>
internal enum ConversationMode
{
    /// <summary>
    /// A new conversation for every pass through the script (the default), so every pass meets the bot in the same
    /// state and takes the same paths. The bot keeps state for every conversation the run starts (tens of thousands a
    /// minute), so its memory grows with the run.
    /// </summary>
    PerScript,

    /// <summary>
    /// One conversation per user for the whole run, as a clinician's personal chat with the bot in Teams keeps one
    /// conversation id: the bot holds state for as many conversations as there are users. After the first pass the
    /// script meets whatever the previous pass left open (the tips script leaves a framework lesson waiting), so later
    /// passes take other paths than the first: use it to measure memory, not to compare turns.
    /// </summary>
    PerUser,
}
