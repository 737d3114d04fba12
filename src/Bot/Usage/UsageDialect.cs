using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CpcCoach.Bot.Usage;

/// <summary>
/// What differs between the two stores: how to connect, which schema scripts, how migrations are serialized.
/// The SQL of every operation is shared (both speak INSERT ... ON CONFLICT and named @parameters).
/// </summary>
/// <param name="Provider">Folder of the schema scripts under Usage/Sql.</param>
/// <param name="MigrationLock">Runs first in the migration transaction so two instances never migrate at once.</param>
public sealed record UsageDialect(string Provider, Func<DbConnection> Connect, string? MigrationLock, Func<DbConnection, CancellationToken, Task>? OnOpen = null)
{
    public static UsageDialect Sqlite(string path)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
        // SQLite locks the whole file for a write transaction (BEGIN IMMEDIATE is the default), which also
        // serializes migrations. WAL lets dashboard reads run beside the writer. With WAL, synchronous=NORMAL syncs at
        // checkpoints instead of at every commit: the database cannot be corrupted by a crash, and a power cut can lose
        // at most the last moments of aggregate usage counts, which the writer batches every few milliseconds anyway.
        return new("Sqlite", () => new SqliteConnection(connectionString), null, static async (connection, ct) =>
        {
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;";
            await pragma.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        });
    }

    public static UsageDialect Postgres(string connectionString) =>
        // A transaction-scoped advisory lock: released on commit or rollback, even if the process dies.
        new("Postgres", () => new NpgsqlConnection(connectionString), "SELECT pg_advisory_xact_lock(727274001)");

    public async Task<DbConnection> ConnectOpenAsync(CancellationToken cancellationToken)
    {
        var connection = Connect();
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (OnOpen is not null)
            {
                await OnOpen(connection, cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
