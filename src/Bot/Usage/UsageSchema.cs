using System.Data.Common;
using System.Globalization;

namespace CpcCoach.Bot.Usage;

/// <summary>
/// Creates and migrates the usage schema from the embedded scripts Usage/Sql/{Provider}/NNN_name.sql, in order,
/// each once, recorded in schema_version. Plain SQL an operator can read and run by hand.
/// </summary>
internal static class UsageSchema
{
    public static IReadOnlyList<(int Version, string Name, string Sql)> Scripts(string provider)
    {
        var assembly = typeof(UsageSchema).Assembly;
        var prefix = $"Usage/Sql/{provider}/";
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name =>
            {
                var file = name[prefix.Length..];
                var version = int.Parse(file.AsSpan(0, file.IndexOf('_')), CultureInfo.InvariantCulture);
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return (version, file, reader.ReadToEnd());
            })
            .OrderBy(script => script.version)];
    }

    public static async Task<int> MigrateAsync(DbConnection connection, UsageDialect dialect, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (dialect.MigrationLock is { } lockSql)
        {
            await ExecuteAsync(connection, transaction, lockSql, cancellationToken).ConfigureAwait(false);
        }

        await ExecuteAsync(connection, transaction,
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
            cancellationToken).ConfigureAwait(false);
        await using var read = Command(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version");
        var current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);

        foreach (var (version, name, sql) in Scripts(dialect.Provider).Where(s => s.Version > current))
        {
            await ExecuteAsync(connection, transaction, sql, cancellationToken).ConfigureAwait(false);
            await using var record = Command(connection, transaction, "INSERT INTO schema_version (version, name, applied_at) VALUES (@v, @n, @t)");
            UsageSql.Add(record, "@v", version);
            UsageSql.Add(record, "@n", name);
            UsageSql.Add(record, "@t", now.ToUnixTimeSeconds());
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            current = version;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return current;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
