using System.Text.Json;
using CpcCoach.Bot.State;
using CpcCoach.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CpcCoach.Bot.Tests.Dialogs;

/// <summary>State is read and written on every turn, so what a flow leaves in it costs on every later turn.</summary>
public sealed class LearnStateTests
{
    [Fact]
    public async Task OnceAFrameworkIsChosenFromTheMenu_TheMenuIsNoLongerKeptInTheConversationState()
    {
        await using var app = new BotApp();
        var chat = app.Conversation();
        var store = app.Services.GetRequiredService<StateStore>();

        var menu = await chat.Send("learn a framework");
        var atMenu = await store.LoadConversationAsync("test", chat.Id, CancellationToken.None);
        var chosen = await chat.Send("spikes");
        var afterChoice = await store.LoadConversationAsync("test", chat.Id, CancellationToken.None);

        Assert.Contains("Which framework would you like to learn?", string.Concat(menu.Messages.Select(m => m.ToJsonString())));
        Assert.Contains("framework_options", atMenu.Stack[^1].Slots.Keys);
        Assert.Contains("Step 1 of", chosen.AllText);
        var learning = Assert.Single(afterChoice.Stack);
        Assert.Equal(("learn", "spikes"), (learning.Flow, learning.Slots["framework"]));
        Assert.DoesNotContain("framework_options", learning.Slots.Keys);
        Assert.InRange(JsonSerializer.SerializeToUtf8Bytes(afterChoice, StateJson.Default.ConversationState).Length, 1, 1024);
    }
}
