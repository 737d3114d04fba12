using System.Text.Json.Serialization;

namespace CpcCoach.Bot.State;

/// <summary>Compact, source-generated JSON for stored state; unknown fields from older builds are ignored.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConversationState))]
[JsonSerializable(typeof(UserState))]
internal sealed partial class StateJson : JsonSerializerContext;
