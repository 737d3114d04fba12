using System.Text.Json;
using System.Text.Json.Nodes;
using CpcCoach.Bot.Usage;
using Microsoft.Data.Sqlite;

namespace CpcCoach.Bot.Tests.Usage;

/// <summary>
/// Every message of the safety PHI corpus goes through the real bot, with a deliberately careless "router" that
/// copies the words it sees into every fact, including the gap terms. Then every column of every row is scanned:
/// no identifier from the corpus may be in the store.
/// </summary>
public sealed class PhiCorpusTests
{
    [Fact]
    public async Task NoIdentifierFromThePhiCorpus_ReachesTheStore()
    {
        var corpus = LoadCorpus();
        var folder = UsageTestHost.TempFolder();
        await using var app = UsageTestHost.App(folder).WithFacts(turn =>
        {
            var words = (turn.Activity.Text ?? string.Empty).Split([' ', ',', '.', '(', ')', ';', ':', '"'], StringSplitOptions.RemoveEmptyEntries);
            turn.Facts.Intent = words.FirstOrDefault()?.ToLowerInvariant();
            turn.Facts.Frameworks = [.. words.Select(w => w.ToLowerInvariant())];
            turn.Facts.EntryIds = [.. words];
            turn.Facts.Role = words.LastOrDefault()?.ToLowerInvariant();
            turn.Facts.Flow = words.Skip(1).FirstOrDefault()?.ToLowerInvariant();
            turn.Facts.Unanswered = true;
            turn.Facts.GapTerms = [.. words, .. words.Zip(words.Skip(1), (a, b) => $"{a} {b}")];
        });
        var chat = app.Conversation();

        foreach (var (text, _) in corpus)
        {
            Assert.NotEmpty((await chat.Send(text)).Messages);
        }

        Assert.Equal(corpus.Count, (await app.StoredAsync()).Count);
        var cells = await AllCellsAsync(Path.Combine(folder, UsageRegistration.SqliteFileName));
        Assert.NotEmpty(cells);
        var leaks = corpus.SelectMany(m => m.Identifiers)
            .Where(id => cells.Any(cell => cell.Contains(id, StringComparison.OrdinalIgnoreCase)))
            .Distinct()
            .ToList();
        Assert.Empty(leaks);
    }

    private static List<(string Text, string[] Identifiers)> LoadCorpus()
    {
        var path = Path.Combine(UsageTestHost.RepoRoot(), "tests", "Knowledge.Tests", "Safety", "phi-corpus.json");
        var messages = JsonNode.Parse(File.ReadAllText(path))!["messages"]!.AsArray();
        return [.. messages.Select(m => ((string)m!["text"]!, m["identifiers"]!.AsArray().Select(i => (string)i!).ToArray()))];
    }

    /// <summary>Every value of every row of every table, as text.</summary>
    private static async Task<List<string>> AllCellsAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new SqliteCommand("SELECT name FROM sqlite_master WHERE type = 'table'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }

        var cells = new List<string>();
        foreach (var table in tables)
        {
            await using var select = new SqliteCommand($"SELECT * FROM \"{table}\"", connection);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    cells.Add(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
                }
            }
        }

        return cells;
    }
}
