using System.Data.Common;

namespace CpcCoach.Bot.Usage;

/// <summary>
/// The usage store over ADO.NET, for SQLite and PostgreSQL alike (<see cref="UsageDialect"/> holds what differs).
/// The schema is migrated on first use, not at startup, so a store that is down never stops the bot starting.
/// </summary>
public sealed class SqlUsageStore(UsageDialect dialect, TimeProvider time) : IUsageStore
{
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;

    public async Task AppendAsync(IReadOnlyList<UsageEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = UsageSql.Insert;
        foreach (var name in new[] { "@hour", "@kind", "@pseudonym", "@channel", "@intent", "@frameworks", "@entry_ids", "@flow", "@flow_event", "@rating", "@role", "@gap_terms", "@outcome" })
        {
            UsageSql.Add(command, name, name == "@hour" ? 0L : null);
        }

        foreach (var name in new[] { "@unanswered", "@latency_ms", "@model_prompt_tokens", "@model_completion_tokens", "@model_latency_ms" })
        {
            UsageSql.Add(command, name, 0);
        }

        foreach (var e in events)
        {
            UsageSql.Set(command, "@hour", e.Hour.ToUnixTimeSeconds());
            UsageSql.Set(command, "@kind", e.Kind);
            UsageSql.Set(command, "@pseudonym", e.Pseudonym);
            UsageSql.Set(command, "@channel", e.Channel);
            UsageSql.Set(command, "@intent", e.Intent);
            UsageSql.Set(command, "@frameworks", UsageSql.Join(e.Frameworks));
            UsageSql.Set(command, "@entry_ids", UsageSql.Join(e.EntryIds));
            UsageSql.Set(command, "@flow", e.Flow);
            UsageSql.Set(command, "@flow_event", e.FlowEvent);
            UsageSql.Set(command, "@rating", e.Rating);
            UsageSql.Set(command, "@role", e.Role);
            UsageSql.Set(command, "@unanswered", e.Unanswered ? 1 : 0);
            UsageSql.Set(command, "@gap_terms", UsageSql.Join(e.GapTerms));
            UsageSql.Set(command, "@outcome", e.Outcome);
            UsageSql.Set(command, "@latency_ms", e.LatencyMs);
            UsageSql.Set(command, "@model_prompt_tokens", e.ModelPromptTokens);
            UsageSql.Set(command, "@model_completion_tokens", e.ModelCompletionTokens);
            UsageSql.Set(command, "@model_latency_ms", e.ModelLatencyMs);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<UsageEvent>> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {UsageSql.Columns} FROM usage_events WHERE hour >= @from AND hour < @to ORDER BY hour, id";
        UsageSql.Add(command, "@from", from.ToUnixTimeSeconds());
        UsageSql.Add(command, "@to", to.ToUnixTimeSeconds());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var events = new List<UsageEvent>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            events.Add(new UsageEvent
            {
                Hour = DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64(0)),
                Kind = reader.GetString(1),
                Pseudonym = reader.GetString(2),
                Channel = reader.GetString(3),
                Intent = UsageSql.Text(reader, 4),
                Frameworks = UsageSql.Split(reader.GetValue(5)),
                EntryIds = UsageSql.Split(reader.GetValue(6)),
                Flow = UsageSql.Text(reader, 7),
                FlowEvent = UsageSql.Text(reader, 8),
                Rating = UsageSql.Text(reader, 9),
                Role = UsageSql.Text(reader, 10),
                Unanswered = reader.GetInt32(11) != 0,
                GapTerms = UsageSql.Split(reader.GetValue(12)),
                Outcome = reader.GetString(13),
                LatencyMs = reader.GetInt32(14),
                ModelPromptTokens = reader.GetInt32(15),
                ModelCompletionTokens = reader.GetInt32(16),
                ModelLatencyMs = reader.GetInt32(17),
            });
        }

        return events;
    }

    public async Task<int> DeleteAsync(UsageDeletion deletion, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var deleted = 0;
        if (deletion.Before is { } before)
        {
            deleted += await ExecuteAsync(connection, transaction, "DELETE FROM usage_events WHERE hour < @v", before.ToUnixTimeSeconds(), cancellationToken).ConfigureAwait(false);
        }

        foreach (var pseudonym in deletion.Pseudonyms ?? [])
        {
            deleted += await ExecuteAsync(connection, transaction, "DELETE FROM usage_events WHERE pseudonym = @v", pseudonym, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return deleted;
    }

    public async Task SetOptOutAsync(IReadOnlyList<string> pseudonyms, bool optedOut, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var pseudonym in pseudonyms)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = optedOut
                ? "INSERT INTO usage_opt_outs (pseudonym, since) VALUES (@p, @t) ON CONFLICT (pseudonym) DO NOTHING"
                : "DELETE FROM usage_opt_outs WHERE pseudonym = @p";
            UsageSql.Add(command, "@p", pseudonym);
            UsageSql.Add(command, "@t", at.ToUnixTimeSeconds());
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlySet<string>> ReadOptOutsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT pseudonym FROM usage_opt_outs";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            set.Add(reader.GetString(0));
        }

        return set;
    }

    /// <summary>The schema version after migrating; tests and /readyz read it.</summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.ConnectOpenAsync(cancellationToken).ConfigureAwait(false);
        return await UsageSchema.MigrateAsync(connection, dialect, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_schemaReady)
        {
            await _schemaGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (!_schemaReady)
                {
                    await MigrateAsync(cancellationToken).ConfigureAwait(false);
                    _schemaReady = true;
                }
            }
            finally
            {
                _schemaGate.Release();
            }
        }

        return await dialect.ConnectOpenAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, object value, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        UsageSql.Add(command, "@v", value);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
