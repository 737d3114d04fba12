using CpcCoach.Bot.Usage;

namespace CpcCoach.Bot.Tests.Usage;

/// <summary>What every usage store must do. One subclass per backend; PostgreSQL runs against a real server.</summary>
public abstract class UsageStoreContract : IAsyncLifetime
{
    protected static readonly DateTimeOffset Noon = new(2025, 3, 10, 12, 0, 0, TimeSpan.Zero);

    protected SqlUsageStore Store { get; private set; } = null!;

    /// <summary>Null when the backend is not available here (the subclass has already failed or explained).</summary>
    protected abstract Task<SqlUsageStore?> CreateAsync();

    public virtual async Task InitializeAsync() => Store = (await CreateAsync())!;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected static UsageEvent Event(string pseudonym, DateTimeOffset? hour = null, string? rating = null) => new()
    {
        Hour = hour ?? Noon,
        Kind = UsageKinds.Turn,
        Pseudonym = pseudonym,
        Channel = "msteams",
        Intent = "quick_tip",
        Rating = rating,
    };

    [Fact]
    public async Task Append_ThenRead_KeepsEveryField()
    {
        if (Store is null) return;
        var full = new UsageEvent
        {
            Hour = Noon, Kind = UsageKinds.Turn, Pseudonym = "p1", Channel = "msteams", Intent = "prepare_conversation",
            Frameworks = ["spikes", "remap"], EntryIds = ["spikes", "moment_am_i_dying"], Flow = "family_meeting", FlowEvent = "completed",
            Rating = "helpful", Role = "nurse", Unanswered = true, GapTerms = ["organ donation", "tube feeding"], Outcome = UsageOutcomes.Ok,
            LatencyMs = 123, ModelPromptTokens = 456, ModelCompletionTokens = 78, ModelLatencyMs = 910,
        };
        var bare = Event("p2") with { Intent = null };

        await Store.AppendAsync([full, bare], CancellationToken.None);
        var read = await Store.ReadAsync(Noon, Noon.AddHours(1), CancellationToken.None);

        Assert.Equal(2, read.Count);
        Assert.Equivalent(full, read[0], strict: true);
        Assert.Equivalent(bare, read[1], strict: true);
    }

    [Fact]
    public async Task Read_ReturnsOnlyTheWindow()
    {
        if (Store is null) return;
        await Store.AppendAsync([Event("a", Noon.AddHours(-1)), Event("b", Noon), Event("c", Noon.AddHours(1))], CancellationToken.None);

        var read = await Store.ReadAsync(Noon, Noon.AddHours(1), CancellationToken.None);

        Assert.Equal(["b"], read.Select(e => e.Pseudonym));
    }

    [Fact]
    public async Task Append_SkipsOptedOutUsers_UntilTheyOptIn()
    {
        if (Store is null) return;
        await Store.SetOptOutAsync(["out"], true, Noon, CancellationToken.None);
        await Store.SetOptOutAsync(["out"], true, Noon, CancellationToken.None); // twice is fine

        await Store.AppendAsync([Event("out"), Event("in")], CancellationToken.None);
        Assert.Equal(["out"], await Store.ReadOptOutsAsync(CancellationToken.None));
        await Store.SetOptOutAsync(["out", "never-opted-out"], false, Noon, CancellationToken.None);
        await Store.AppendAsync([Event("out")], CancellationToken.None);

        var read = await Store.ReadAsync(Noon, Noon.AddHours(1), CancellationToken.None);
        Assert.Equal(["in", "out"], read.Select(e => e.Pseudonym));
        Assert.Empty(await Store.ReadOptOutsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Delete_ByPseudonym_RemovesOnlyThatUser_UnderEveryKey()
    {
        if (Store is null) return;
        await Store.AppendAsync([Event("old-key"), Event("new-key"), Event("new-key"), Event("someone-else")], CancellationToken.None);

        var deleted = await Store.DeleteAsync(new UsageDeletion(Pseudonyms: ["new-key", "old-key"]), CancellationToken.None);

        Assert.Equal(3, deleted);
        Assert.Equal(["someone-else"], (await Store.ReadAsync(Noon, Noon.AddHours(1), CancellationToken.None)).Select(e => e.Pseudonym));
    }

    [Fact]
    public async Task Delete_Before_PurgesOnlyOlderEvents()
    {
        if (Store is null) return;
        await Store.AppendAsync([Event("old", Noon.AddDays(-400)), Event("edge", Noon.AddDays(-365)), Event("new", Noon)], CancellationToken.None);

        var deleted = await Store.DeleteAsync(new UsageDeletion(Before: Noon.AddDays(-365)), CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Equal(["edge", "new"], (await Store.ReadAsync(Noon.AddYears(-2), Noon.AddDays(1), CancellationToken.None)).Select(e => e.Pseudonym));
    }

    [Fact]
    public async Task Migrate_IsIdempotent_AndRecordsTheLatestVersion()
    {
        if (Store is null) return;
        var first = await Store.MigrateAsync(CancellationToken.None);
        var again = await Store.MigrateAsync(CancellationToken.None);

        Assert.Equal(UsageSchemaVersion, first);
        Assert.Equal(first, again);
    }

    [Fact]
    public async Task Operations_HonourCancellation_BeforeTheyStart()
    {
        if (Store is null) return;
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.AppendAsync([Event("x")], cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.ReadAsync(Noon, Noon.AddHours(1), cancelled.Token));
        Assert.Empty(await Store.ReadAsync(Noon, Noon.AddHours(1), CancellationToken.None));
    }

    /// <summary>The newest script version; bump with every new Usage/Sql script.</summary>
    protected const int UsageSchemaVersion = 1;
}
