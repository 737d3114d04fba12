using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Usage;

/// <summary>
/// Outside Development the pseudonym key is required: without it pseudonyms would change on every restart and
/// opt-outs would silently stop matching. Keys must be long enough that guessing them is hopeless.
/// </summary>
internal sealed class UsageOptionsValidator(IHostEnvironment environment) : IValidateOptions<UsageOptions>
{
    public const int MinKeyLength = 32;

    public ValidateOptionsResult Validate(string? name, UsageOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrEmpty(options.PseudonymKey) && !environment.IsDevelopment())
        {
            failures.Add($"Usage:PseudonymKey is required in {environment.EnvironmentName}: set it from a secret (environment variable Usage__PseudonymKey) to at least {MinKeyLength} random characters, e.g. the output of 'openssl rand -base64 32'.");
        }

        foreach (var (key, label) in new[] { (options.PseudonymKey, "Usage:PseudonymKey") }.Concat((options.PreviousPseudonymKeys ?? []).Select((k, i) => ((string?)k, $"Usage:PreviousPseudonymKeys:{i}"))))
        {
            if (key is { Length: > 0 and < MinKeyLength })
            {
                failures.Add($"{label} is too short: use at least {MinKeyLength} random characters.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
