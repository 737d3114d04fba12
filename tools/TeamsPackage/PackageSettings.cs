using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace CpcCoach.TeamsPackage;

/// <summary>The values that turn manifest/manifest.json into one hospital's app (brief §6.1).</summary>
internal sealed record PackageSettings(
    Guid BotId,
    Guid AppId,
    string Host,
    string Version,
    string DeveloperName,
    string WebsiteUrl,
    string PrivacyUrl,
    string TermsOfUseUrl)
{
    // The same key the bot reads: the Azure Bot's app id is the manifest's botId.
    public const string BotIdKey = "MicrosoftAppId";
    public const string AppIdKey = "TeamsApp:Id";
    public const string HostKey = "TeamsApp:Host";
    public const string VersionKey = "TeamsApp:Version";
    public const string DeveloperNameKey = "TeamsApp:DeveloperName";
    public const string WebsiteUrlKey = "TeamsApp:WebsiteUrl";
    public const string PrivacyUrlKey = "TeamsApp:PrivacyUrl";
    public const string TermsOfUseUrlKey = "TeamsApp:TermsOfUseUrl";

    // Teams refuses an upload whose version is not newer than the installed one, so it is explicit semver.
    private const string DefaultVersion = "1.0.0";

    public static (PackageSettings? Settings, IReadOnlyList<string> Errors) Read(IConfiguration configuration)
    {
        var errors = new List<string>();
        var botId = Guid(configuration, BotIdKey, "--bot-id", "the Azure Bot's Microsoft App ID", errors);
        var appId = Guid(configuration, AppIdKey, "--app-id", "the Teams app id, generated once and kept for every later version", errors);
        var host = Required(configuration, HostKey, "--host", "the bot's public host name, e.g. coach.example.org", errors);
        if (host is not null && Uri.CheckHostName(host) != UriHostNameType.Dns)
        {
            errors.Add($"{HostKey} (--host) '{host}' is not a host name: give the name only, without https:// or a path.");
        }

        var version = configuration[VersionKey] is { Length: > 0 } v ? v.Trim() : DefaultVersion;
        if (!Regex.IsMatch(version, @"^\d{1,9}\.\d{1,9}\.\d{1,9}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        {
            errors.Add($"{VersionKey} (--version) '{version}' is not a version like 1.2.0.");
        }

        var developer = Required(configuration, DeveloperNameKey, "--developer-name", "the organisation that publishes the app", errors);
        if (developer is { Length: > 32 })
        {
            errors.Add($"{DeveloperNameKey} (--developer-name) is {developer.Length} characters; Teams allows 32.");
        }

        var website = Https(configuration, WebsiteUrlKey, "--website-url", "a support page", errors);
        var privacy = Https(configuration, PrivacyUrlKey, "--privacy-url", "the privacy statement", errors);
        var terms = Https(configuration, TermsOfUseUrlKey, "--terms-url", "the terms of use", errors);
        return errors.Count > 0
            ? (null, errors)
            : (new PackageSettings(botId!.Value, appId!.Value, host!, version, developer!, website!, privacy!, terms!), errors);
    }

    private static string? Required(IConfiguration configuration, string key, string option, string what, List<string> errors)
    {
        var value = configuration[key]?.Trim();
        if (string.IsNullOrEmpty(value) || value.Contains("{{", StringComparison.Ordinal))
        {
            errors.Add($"{key} ({option}) is missing: {what}.");
            return null;
        }

        return value;
    }

    private static Guid? Guid(IConfiguration configuration, string key, string option, string what, List<string> errors)
    {
        if (Required(configuration, key, option, $"{what}, a GUID", errors) is not { } value)
        {
            return null;
        }

        if (!System.Guid.TryParseExact(value, "D", out var id) || id == System.Guid.Empty)
        {
            errors.Add($"{key} ({option}) '{value}' is not a GUID like 0f8fad5b-d9cb-469f-a165-70867728950e; copy it from the Azure portal.");
            return null;
        }

        return id;
    }

    private static string? Https(IConfiguration configuration, string key, string option, string what, List<string> errors)
    {
        if (Required(configuration, key, option, $"{what}, an https URL", errors) is not { } value)
        {
            return null;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            errors.Add($"{key} ({option}) '{value}' must be an absolute https URL.");
            return null;
        }

        return value;
    }
}
