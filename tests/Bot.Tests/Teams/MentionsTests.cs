using System.Text.Json;
using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Teams;

namespace CpcCoach.Bot.Tests.Teams;

public sealed class MentionsTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    [Fact]
    public void StripBotMentions_InAChannelPost_LeavesOnlyTheCommand()
    {
        var activity = Read(TeamsActivities.Channel(ServiceUrl, "1", "quick tip"));

        Assert.Equal("quick tip", Mentions.StripBotMentions(activity));
    }

    [Fact]
    public void StripBotMentions_InTheMiddleOfTheText_JoinsTheRestWithOneSpace()
    {
        var node = TeamsActivities.GroupChat(ServiceUrl, "1", string.Empty);
        node["text"] = "Hey <at>CPC Coach</at>&nbsp;how do I start a family meeting?";

        Assert.Equal("Hey how do I start a family meeting?", Mentions.StripBotMentions(Read(node)));
    }

    [Fact]
    public void StripBotMentions_KeepsOtherPeoplesNames_WithoutTheirTags()
    {
        var node = TeamsActivities.GroupChat(ServiceUrl, "1", "what should <at>Sam Lee</at> say first?");
        node["entities"]!.AsArray().Add(JsonSerializer.SerializeToNode(new
        {
            type = "mention",
            text = "<at>Sam Lee</at>",
            mentioned = new { id = "29:other-user", name = "Sam Lee" },
        }));

        Assert.Equal("what should Sam Lee say first?", Mentions.StripBotMentions(Read(node)));
    }

    [Fact]
    public void StripBotMentions_WhenTheEntityIsMissing_StillRemovesTheBotsOwnTag()
    {
        var node = TeamsActivities.Channel(ServiceUrl, "1", "help");
        node["entities"]!.AsArray().RemoveAt(1);

        Assert.Equal("help", Mentions.StripBotMentions(Read(node)));
    }

    [Fact]
    public void StripBotMentions_InAPersonalChatWithoutMention_ChangesNothing()
    {
        Assert.Null(Mentions.StripBotMentions(Read(TeamsActivities.Personal(ServiceUrl, "1", "help"))));
    }

    [Fact]
    public void TeamsUser_IsTheSamePersonInEveryChat_KeyedOnTheEntraObjectId()
    {
        var personal = Read(TeamsActivities.Personal(ServiceUrl, "1", "hi"));
        var channel = Read(TeamsActivities.Channel(ServiceUrl, "2", "hi"));

        Assert.Equal(TeamsActivities.UserObjectId, TeamsUser.ObjectId(personal));
        Assert.Equal($"{TeamsActivities.TenantId}:{TeamsActivities.UserObjectId}", TeamsUser.Key(personal));
        Assert.Equal(TeamsUser.Key(personal), TeamsUser.Key(channel));
        // The usage pseudonym is computed from the same object id, not the bot-scoped 29: id.
        Assert.Equal(TeamsActivities.UserObjectId, CpcCoach.Bot.Usage.UsageUser.From(channel)!.UserId);
        Assert.Equal(TeamsActivities.TenantId, CpcCoach.Bot.Usage.UsageUser.From(channel)!.Tenant);
    }

    private static Activity Read(System.Text.Json.Nodes.JsonObject node) =>
        JsonSerializer.Deserialize(node.ToJsonString(), ProtocolJson.Default.Activity)!;
}
