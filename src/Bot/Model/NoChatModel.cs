namespace CpcCoach.Bot.Model;

/// <summary>The default: no model configured, so the coach answers from the knowledge base alone.</summary>
internal sealed class NoChatModel : IChatModel
{
    public bool IsAvailable => false;

    public Task<ModelReply> CompleteAsync(ModelPrompt prompt, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("No language model is configured (Model:Provider is None).");

    public IAsyncEnumerable<ModelUpdate> StreamAsync(ModelPrompt prompt, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("No language model is configured (Model:Provider is None).");
}
