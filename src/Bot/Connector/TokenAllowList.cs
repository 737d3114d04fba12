using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Connector;

/// <summary>
/// Which hosts may receive the bot token (brief §3.4). A stolen or forged serviceUrl must never make the
/// bot hand its token to someone else, so: https only, exact hosts, and whole-label domain matches only
/// (anyone can register a name under trafficmanager.net, so there is no suffix matching on it).
/// </summary>
internal sealed class TokenAllowList
{
    private readonly HashSet<string> _hosts;
    private readonly string[] _domains;
    private readonly bool _allowLoopback;

    public TokenAllowList(IOptions<ConnectorOptions> options, IHostEnvironment environment)
    {
        var value = options.Value;
        _hosts = new HashSet<string>(Split(value.TrustedHosts), StringComparer.OrdinalIgnoreCase);
        // "*.botframework.com" and "botframework.com" mean the same here: the domain and its subdomains.
        _domains = [.. Split(value.TrustedDomains).Select(d => d.StartsWith("*.", StringComparison.Ordinal) ? d[2..] : d)];
        _allowLoopback = value.AllowLoopback ?? environment.IsDevelopment();
    }

    public bool MayCarryToken(Uri? uri)
    {
        if (uri is not { IsAbsoluteUri: true } || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return false;
        }

        var host = uri.IdnHost;
        if (_allowLoopback && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && IsLoopbackName(host))
        {
            return true;
        }

        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        return _hosts.Contains(host) || _domains.Any(domain =>
            host.Equals(domain, StringComparison.OrdinalIgnoreCase)
            || host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase));
    }

    // Names only: other 127.x addresses and [::1] are unusual enough for a serviceUrl that refusing them costs nothing.
    private static bool IsLoopbackName(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host == "127.0.0.1";

    private static string[] Split(string list) =>
        list.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
