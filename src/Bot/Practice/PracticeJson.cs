using System.Text.Json.Serialization;

namespace CpcCoach.Bot.Practice;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(PracticeSession))]
[JsonSerializable(typeof(PracticeProgress))]
[JsonSerializable(typeof(PracticeLedger))]
internal sealed partial class PracticeJson : JsonSerializerContext;
