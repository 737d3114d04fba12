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
    ConversationMode Conversations = ConversationMode.PerUser)
{
    public static LoadOptions Parse(string[] args)
    {
        string? url = null, launch = null, scenario = "tips", latencies = null;
        var conversations = ConversationMode.PerUser;
        int users = 32, seconds = 20, warmup = 5;
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
            throw new ArgumentException("Give --url of a running bot or --launch with the path of CpcCoach.Bot.dll");
        }

        return new(url, launch, users, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(warmup), scenario, env, latencies, conversations);
    }
}

/// <summary>Which conversation a simulated user's turns belong to.</summary>
internal enum ConversationMode
{
    /// <summary>
    /// One conversation per user for the whole run, as a clinician's personal chat with the bot in Teams keeps one
    /// conversation id: after the last step of the script the user starts it again in the same conversation.
    /// </summary>
    PerUser,

    /// <summary>
    /// A new conversation for every pass through the script, as a fresh web chat page would start. The bot then keeps
    /// state for every conversation the run has started (tens of thousands a minute), so memory grows with the run.
    /// </summary>
    PerScript,
}
