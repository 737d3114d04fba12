using CpcCoach.Bot.Dialogs;

namespace CpcCoach.Bot.State;

/// <summary>Everything the bot remembers about one conversation. Immutable: a turn produces a new value.</summary>
public sealed record ConversationState
{
    /// <summary>Incremented by every save; a save whose loaded revision is no longer current is refused (the fence).</summary>
    public long Revision { get; init; }

    /// <summary>Message turns applied to this state.</summary>
    public int Turns { get; init; }

    /// <summary>The user the conversation belongs to, so "forget me" can find it.</summary>
    public string? UserId { get; init; }

    /// <summary>Active dialogs, innermost last.</summary>
    public IReadOnlyList<DialogFrame> Stack { get; init; } = [];

    /// <summary>A dialog stack set aside by an interruption, waiting for "resume".</summary>
    public IReadOnlyList<DialogFrame> Paused { get; init; } = [];

    /// <summary>The last plan from the prepare flow, reopened by "show my plan".</summary>
    public PocketPlan? Plan { get; init; }

    /// <summary>
    /// The last activities applied, oldest first: a retried or double-clicked activity is applied once, on any instance.
    /// An id longer than 16 characters is kept as a 16-digit hash of it (Direct Line ids carry the conversation id, so
    /// they run to 50 characters and more; this list is read and written on every turn).
    /// </summary>
    public IReadOnlyList<string> Applied { get; init; } = [];

    public const int AppliedCapacity = 64;

    /// <summary>Ids up to this long are kept as they are; longer ones as their hash, which is this long in hex.</summary>
    private const int KeptIdLength = 16;

    /// <summary>Whether <paramref name="activityId"/> was applied; a long id is also looked for whole, as earlier builds kept it.</summary>
    public bool HasApplied(string activityId) =>
        Applied.Contains(Fingerprint(activityId)) || (activityId.Length > KeptIdLength && Applied.Contains(activityId));

    public ConversationState WithApplied(string? activityId) => activityId is null
        ? this
        : this with { Applied = [.. Applied.Skip(Math.Max(0, Applied.Count - AppliedCapacity + 1)), Fingerprint(activityId)] };

    /// <summary>Short ids as they are; longer ones as XxHash64 of their characters, in hex (16 characters).</summary>
    internal static string Fingerprint(string activityId) => activityId.Length <= KeptIdLength
        ? activityId
        : Convert.ToHexStringLower(System.IO.Hashing.XxHash64.Hash(System.Runtime.InteropServices.MemoryMarshal.AsBytes(activityId.AsSpan())));
}

/// <summary>One running dialog: which flow, at which step, with which answers.</summary>
/// <param name="Version">The flow version the dialog started on (see <see cref="FlowVersionPolicy"/>).</param>
/// <param name="PromptId">The prompt waiting for an answer; a card answer naming another prompt is stale.</param>
/// <param name="PromptActivityId">The message that carried the prompt's card, updated once it is answered.</param>
public sealed record DialogFrame(
    string Flow,
    int Version,
    string Step,
    IReadOnlyDictionary<string, string> Slots,
    int Retries = 0,
    string? PromptId = null,
    string? PromptActivityId = null);
