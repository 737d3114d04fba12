namespace CpcCoach.Bot.Model;

/// <summary>
/// The chat model seam: Azure OpenAI, any OpenAI-compatible endpoint, or none. Failures are exceptions
/// (infrastructure); the caller turns every one of them into the deterministic answer.
/// </summary>
public interface IChatModel
{
    /// <summary>False for the "none" provider: nothing may be sent.</summary>
    bool IsAvailable { get; }

    Task<ModelReply> CompleteAsync(ModelPrompt prompt, CancellationToken cancellationToken);

    /// <summary>Text deltas as they arrive; the last update may carry only token counts.</summary>
    IAsyncEnumerable<ModelUpdate> StreamAsync(ModelPrompt prompt, CancellationToken cancellationToken);
}

/// <summary>System instructions and the (redacted, delimited) user message; never logged above Trace.</summary>
public sealed record ModelPrompt(string System, string User);

public sealed record ModelReply(string Text, int PromptTokens, int CompletionTokens);

public sealed record ModelUpdate(string Text, int PromptTokens = 0, int CompletionTokens = 0);
