using System.Text.Json;

namespace CpcCoach.Bot.Protocol;

public sealed record ResourceResponse(string? Id);

public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);

/// <summary>The body of an expectReplies turn: every activity the bot sent, in order.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);

/// <summary>The in-process result of an invoke: on the wire, status is the HTTP status and body the HTTP body.</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body = null);

public sealed record ErrorResponse(ErrorDetail Error);

public sealed record ErrorDetail(string Code, string Message);
