using System.Runtime.CompilerServices;
using OpenAI.Chat;

namespace CpcCoach.Bot.Model;

/// <summary>
/// Azure OpenAI and OpenAI-compatible endpoints share one client type: AzureOpenAIClient.GetChatClient returns an
/// OpenAI ChatClient, so one adapter serves both (see <see cref="ModelClients"/> for how each is built).
/// </summary>
internal sealed class ChatClientModel(ChatClient client, ModelOptions options) : IChatModel
{
    public bool IsAvailable => true;

    public async Task<ModelReply> CompleteAsync(ModelPrompt prompt, CancellationToken cancellationToken)
    {
        var result = await client.CompleteChatAsync(Messages(prompt), Settings(), cancellationToken).ConfigureAwait(false);
        var completion = result.Value;
        var text = string.Concat(completion.Content.Select(part => part.Text));
        return new ModelReply(text, completion.Usage?.InputTokenCount ?? 0, completion.Usage?.OutputTokenCount ?? 0);
    }

    public async IAsyncEnumerable<ModelUpdate> StreamAsync(ModelPrompt prompt, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var updates = client.CompleteChatStreamingAsync(Messages(prompt), Settings(), cancellationToken);
        await foreach (var update in updates.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var text = string.Concat(update.ContentUpdate.Select(part => part.Text));
            if (text.Length > 0 || update.Usage is not null)
            {
                yield return new ModelUpdate(text, update.Usage?.InputTokenCount ?? 0, update.Usage?.OutputTokenCount ?? 0);
            }
        }
    }

    // User text only ever travels in the user message; the system message is ours alone.
    private static ChatMessage[] Messages(ModelPrompt prompt) =>
        [new SystemChatMessage(prompt.System), new UserChatMessage(prompt.User)];

    private ChatCompletionOptions Settings() => new()
    {
        Temperature = options.Temperature,
        MaxOutputTokenCount = options.MaxOutputTokens,
    };
}
