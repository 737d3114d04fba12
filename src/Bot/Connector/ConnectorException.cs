using System.Net;

namespace CpcCoach.Bot.Connector;

/// <summary>A Connector call that failed after retries; carries the status, never the body or token.</summary>
public sealed class ConnectorException(HttpStatusCode status, string? host)
    : Exception($"Connector call to {host} failed with {(int)status} {status}.")
{
    public HttpStatusCode Status { get; } = status;
}
