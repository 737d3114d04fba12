namespace CpcCoach.Bot.Auth;

/// <summary>
/// The bot's Azure identity. Root-level keys, named as in the Bot Framework SDK and the Azure portal, so an
/// IT admin can copy them as they are (environment: <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, ...).
/// </summary>
public sealed class BotIdentityOptions
{
    /// <summary>The Azure Bot's app id (GUID). Empty means auth is off (Emulator / local only).</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>Client secret, for MultiTenant and SingleTenant. From the environment or user secrets only.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>Entra tenant id, required for SingleTenant and UserAssignedMSI.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>MultiTenant, SingleTenant or UserAssignedMSI; new registrations are SingleTenant or MSI.</summary>
    public string MicrosoftAppType { get; set; } = "SingleTenant";

    public bool AuthEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}
