using System.Text.Json;

namespace CpcCoach.Bot.Dialogs;

/// <summary>
/// The data object of one of our card buttons, as it comes back in a message's value (Action.Submit) or an
/// adaptiveCard/action invoke's value.action.data (Action.Execute). Anything else is not ours and reads as null.
/// </summary>
internal sealed record CardData(string Kind, string? Prompt, string? Value, string? Flow, string? Rating)
{
    public static CardData? Read(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } data)
        {
            return null;
        }

        if (data.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object && action.TryGetProperty("data", out var inner))
        {
            data = inner;
        }

        return data.ValueKind == JsonValueKind.Object && String(data, DialogCards.Marker) is { } kind
            ? new CardData(kind, String(data, "prompt"), String(data, "value"), String(data, "flow"), String(data, "rating"))
            : null;
    }

    private static string? String(JsonElement data, string name) =>
        data.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
