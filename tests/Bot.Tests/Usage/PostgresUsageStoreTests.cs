using CpcCoach.Bot.Usage;
using Npgsql;
using Xunit.Abstractions;

namespace CpcCoach.Bot.Tests.Usage;

/// <summary>
/// The contract against a real PostgreSQL (scripts/deps/20-postgres.sh, CPC_TEST_POSTGRES). Each test gets its
/// own schema, dropped afterwards, so tests never see each other's rows.
/// </summary>
public sealed class PostgresUsageStoreTests(ITestOutputHelper output) : UsageStoreContract
{
    private string? _connectionString;
    private string? _schema;

    protected override async Task<SqlUsageStore?> CreateAsync()
    {
        _connectionString = Environment.GetEnvironmentVariable("CPC_TEST_POSTGRES");
        if (!UsageTestHost.Require(!string.IsNullOrEmpty(_connectionString), "PostgreSQL (CPC_TEST_POSTGRES)", "20-postgres.sh", output))
        {
            return null;
        }

        _schema = "usage_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(_connectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {_schema}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var scoped = new NpgsqlConnectionStringBuilder(_connectionString) { SearchPath = _schema }.ToString();
        return new SqlUsageStore(UsageDialect.Postgres(scoped), TimeProvider.System);
    }

    public override async Task DisposeAsync()
    {
        if (_schema is null)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
