using CpcCoach.Bot.Auth;
using CpcCoach.Bot.Coaching;
using CpcCoach.Bot.Connector;
using CpcCoach.Bot.Dialogs;
using CpcCoach.Bot.DirectLine;
using CpcCoach.Bot.Endpoint;
using CpcCoach.Bot.Health;
using CpcCoach.Bot.Practice;
using CpcCoach.Bot.Proactive;
using CpcCoach.Bot.Safety;
using CpcCoach.Bot.Teams;
using CpcCoach.Bot.Insights;
using CpcCoach.Bot.Model;
using CpcCoach.Bot.Turns;
using CpcCoach.Bot.Usage;

// Settings are read at start (restart to change them): a watcher for appsettings.json would watch the whole content
// root, and wake on every write of the usage database under it.
var builder = WebApplication.CreateBuilder([.. args, "--hostBuilder:reloadConfigOnChange=false"]);

builder.Services
    .AddDistributedMemoryCache()
    .AddInboundAuth(builder.Configuration)
    .AddConnector()
    .AddTurns()
    .AddSafety()
    .AddTeams()
    .AddUsage()
    .AddProactive()
    .AddInsights()
    .AddKnowledge()
    .AddCoaching()
    .AddModel()
    .AddDialogs()
    .AddPractice()
    .AddDirectLine()
    .AddHealth();

var app = builder.Build();

app.MapMessages();
app.MapHealth();
app.MapInsights();
app.MapDirectLine();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
