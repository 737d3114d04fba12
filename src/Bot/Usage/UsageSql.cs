using System.Data;
using System.Data.Common;

namespace CpcCoach.Bot.Usage;

/// <summary>Typed parameters and list columns shared by both providers.</summary>
internal static class UsageSql
{
    public const string Columns =
        "hour, kind, pseudonym, channel, intent, frameworks, entry_ids, flow, flow_event, rating, role, unanswered, " +
        "gap_terms, outcome, latency_ms, model_prompt_tokens, model_completion_tokens, model_latency_ms";

    // The NOT EXISTS makes the opt-out hold at write time too, for events queued on another instance.
    public const string Insert =
        $"INSERT INTO usage_events ({Columns}) SELECT @hour, @kind, @pseudonym, @channel, @intent, @frameworks, @entry_ids, " +
        "@flow, @flow_event, @rating, @role, @unanswered, @gap_terms, @outcome, @latency_ms, @model_prompt_tokens, " +
        "@model_completion_tokens, @model_latency_ms WHERE NOT EXISTS (SELECT 1 FROM usage_opt_outs WHERE pseudonym = @pseudonym)";

    // Explicit types: PostgreSQL cannot infer the type of a NULL parameter in a SELECT list.
    public static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = value switch
        {
            long => DbType.Int64,
            int => DbType.Int32,
            _ => DbType.String,
        };
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    public static void Set(DbCommand command, string name, object? value) => command.Parameters[name].Value = value ?? DBNull.Value;

    public static string? Join(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join(',', values);

    public static IReadOnlyList<string> Split(object value) =>
        value is string s && s.Length > 0 ? s.Split(',', StringSplitOptions.RemoveEmptyEntries) : [];

    public static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
