using System.Text.Json;

namespace CpcCoach.Bot.Tests.Model;

/// <summary>Across the PHI corpus, sent unredacted straight to the answerer, no identifier reaches the model server.</summary>
public sealed class RedactionTests
{
    private sealed record PhiMessage(string Id, string Text, string[] Identifiers);

    [Fact]
    public async Task PhiCorpus_NoIdentifierInAnyRequestTheModelServerReceived()
    {
        await using var h = await ModelHarness.StartAsync();
        var corpus = Load();

        foreach (var message in corpus)
        {
            await h.AskAsync(message.Text);
        }

        Assert.NotEmpty(h.Server.Requests);
        var sent = string.Join("\n", h.Server.Requests.Select(r => r.System + "\n" + r.User));
        var leaks = corpus.SelectMany(m => m.Identifiers.Where(id => sent.Contains(id, StringComparison.OrdinalIgnoreCase)).Select(id => $"{m.Id}: {id}")).ToList();
        Assert.Empty(leaks);
        Assert.All(h.Server.Requests, r => Assert.DoesNotContain(corpus, m => r.Body.Contains(m.Text, StringComparison.Ordinal)));
    }

    private static List<PhiMessage> Load()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Model", "phi-corpus.json")));
        return doc.RootElement.GetProperty("messages").Deserialize<List<PhiMessage>>(new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }
}
