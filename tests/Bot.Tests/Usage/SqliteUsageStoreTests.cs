using CpcCoach.Bot.Usage;

namespace CpcCoach.Bot.Tests.Usage;

public sealed class SqliteUsageStoreTests : UsageStoreContract
{
    private readonly string _folder = UsageTestHost.TempFolder();

    protected override Task<SqlUsageStore?> CreateAsync() =>
        Task.FromResult<SqlUsageStore?>(new SqlUsageStore(UsageDialect.Sqlite(Path.Combine(_folder, "usage.db")), TimeProvider.System));

    public override Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
