using CpcCoach.Bot.Auth;
using CpcCoach.Bot.Coaching;
using CpcCoach.Bot.Connector;
using CpcCoach.Bot.Endpoint;
using CpcCoach.Bot.Health;
using CpcCoach.Bot.Turns;

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddDistributedMemoryCache()
    .AddInboundAuth(builder.Configuration)
    .AddConnector()
    .AddTurns()
    .AddCoaching()
    .AddHealth();

var app = builder.Build();

app.MapMessages();
app.MapHealth();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
