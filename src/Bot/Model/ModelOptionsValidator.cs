using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Model;

/// <summary>A configured provider without its endpoint, name or credential fails at startup, naming the key.</summary>
internal sealed class ModelOptionsValidator : IValidateOptions<ModelOptions>
{
    public ValidateOptionsResult Validate(string? name, ModelOptions options)
    {
        var problems = new List<string>();
        switch (options.Provider)
        {
            case ModelProvider.AzureOpenAI:
                if (options.Endpoint is null)
                {
                    problems.Add("Model:Endpoint is required when Model:Provider is AzureOpenAI (https://NAME.openai.azure.com/).");
                }

                if (string.IsNullOrWhiteSpace(options.Deployment))
                {
                    problems.Add("Model:Deployment is required when Model:Provider is AzureOpenAI.");
                }

                if (string.IsNullOrWhiteSpace(options.ApiKey) && !options.UseEntraCredential)
                {
                    problems.Add("Set Model:ApiKey or Model:UseEntraCredential=true when Model:Provider is AzureOpenAI.");
                }

                break;
            case ModelProvider.OpenAI:
                if (string.IsNullOrWhiteSpace(options.Model))
                {
                    problems.Add("Model:Model is required when Model:Provider is OpenAI.");
                }

                if (string.IsNullOrWhiteSpace(options.ApiKey))
                {
                    problems.Add("Model:ApiKey is required when Model:Provider is OpenAI (any value for a local server without keys).");
                }

                break;
        }

        if (options.Enabled && options.TurnBudget < options.Timeout)
        {
            problems.Add("Model:TurnBudget must be at least Model:Timeout.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
