using CpcCoach.Bot.Connector;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Tests.Connector;

/// <summary>Brief §3.4: which serviceUrls may ever see the bot token. Exact hosts, https, no lookalikes.</summary>
public sealed class TokenAllowListTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://SMBA.trafficmanager.net/teams/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/gcc/")]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/gcch/")]
    [InlineData("https://smba.infra.dod.teams.microsoft.us/")]
    [InlineData("https://directline.botframework.com/")]
    [InlineData("https://botframework.com/")]
    [InlineData("https://webchat.botframework.azure.us/")]
    public void PublicCloudDefaults_AllowTheConnectorHosts(string url) =>
        Assert.True(AllowList(environment: "Production").MayCarryToken(new Uri(url)));

    [Theory]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("https://evil.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net.evil.com/amer/")]
    [InlineData("https://notbotframework.com/")]
    [InlineData("https://botframework.com.evil.com/")]
    [InlineData("https://user:pw@smba.trafficmanager.net/")]
    [InlineData("http://127.0.0.1:3978/")]
    [InlineData("http://localhost:3978/")]
    [InlineData("ftp://smba.trafficmanager.net/")]
    public void PublicCloudDefaults_RefuseEverythingElse(string url) =>
        Assert.False(AllowList(environment: "Production").MayCarryToken(new Uri(url)));

    [Theory]
    [InlineData("http://127.0.0.1:5055/", true)]
    [InlineData("http://localhost:5055/", true)]
    [InlineData("http://127.0.0.2:5055/", false)]
    [InlineData("http://example.com/", false)]
    public void Development_AlsoAllowsLoopback(string url, bool allowed) =>
        Assert.Equal(allowed, AllowList(environment: "Development").MayCarryToken(new Uri(url)));

    [Fact]
    public void Development_WithLoopbackSwitchedOff_RefusesLoopback() =>
        Assert.False(AllowList("Development", new ConnectorOptions { AllowLoopback = false }).MayCarryToken(new Uri("http://127.0.0.1:5055/")));

    [Fact]
    public void ConfiguredLists_ReplaceTheDefaults()
    {
        var options = new ConnectorOptions { TrustedHosts = "connector.example.cn, other.example.cn", TrustedDomains = "*.botframework.azure.cn" };
        var list = AllowList("Production", options);

        Assert.True(list.MayCarryToken(new Uri("https://other.example.cn/")));
        Assert.True(list.MayCarryToken(new Uri("https://token.botframework.azure.cn/")));
        Assert.False(list.MayCarryToken(new Uri("https://smba.trafficmanager.net/amer/")));
        Assert.False(list.MayCarryToken(new Uri("https://sub.connector.example.cn/")));
    }

    private static TokenAllowList AllowList(string environment, ConnectorOptions? options = null) =>
        new(Options.Create(options ?? new ConnectorOptions()), new Environment(environment));

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "CpcCoach.Bot";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
