using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Core;
using Azure.Identity;
using OpenAI;
using OpenAI.Chat;

namespace CpcCoach.Bot.Model;

/// <summary>
/// Builds the configured client on our own HttpClient, so every attempt passes through the Polly pipeline
/// (<see cref="ModelResilience"/>) on the injected clock. The SDKs' own retries are off: two retry layers would
/// multiply the attempts and ignore the turn budget.
/// </summary>
internal static class ModelClients
{
    public const string HttpClientName = "model";

    public static IChatModel Create(ModelOptions options, HttpClient http, TokenCredential? credential)
    {
        var transport = new HttpClientPipelineTransport(http);
        var client = options.Provider switch
        {
            ModelProvider.AzureOpenAI => Azure(options, transport, credential),
            ModelProvider.OpenAI => OpenAi(options, transport),
            _ => null,
        };
        return client is null ? new NoChatModel() : new ChatClientModel(client, options);
    }

    private static ChatClient Azure(ModelOptions options, PipelineTransport transport, TokenCredential? credential)
    {
        var clientOptions = new AzureOpenAIClientOptions();
        Configure(clientOptions, transport, options);
        var endpoint = options.Endpoint!;
        var azure = options.UseEntraCredential
            ? new AzureOpenAIClient(endpoint, credential ?? EntraCredential(options), clientOptions)
            : new AzureOpenAIClient(endpoint, new ApiKeyCredential(options.ApiKey!), clientOptions);
        return azure.GetChatClient(options.Deployment!);
    }

    private static ChatClient OpenAi(ModelOptions options, PipelineTransport transport)
    {
        var clientOptions = new OpenAIClientOptions();
        if (options.Endpoint is { } endpoint)
        {
            clientOptions.Endpoint = endpoint;
        }

        Configure(clientOptions, transport, options);
        return new ChatClient(options.Model!, new ApiKeyCredential(options.ApiKey!), clientOptions);
    }

    private static void Configure(ClientPipelineOptions clientOptions, PipelineTransport transport, ModelOptions options)
    {
        clientOptions.Transport = transport;
        clientOptions.RetryPolicy = new ClientRetryPolicy(maxRetries: 0);
        // Also bounds each read of a streamed answer, so a stalled stream cannot hold the turn.
        clientOptions.NetworkTimeout = options.Timeout;
    }

    // Managed identity in Azure (a user-assigned one when its client id is set), developer sign-in locally.
    private static DefaultAzureCredential EntraCredential(ModelOptions options) => new(new DefaultAzureCredentialOptions
    {
        ManagedIdentityClientId = options.ManagedIdentityClientId,
    });
}
