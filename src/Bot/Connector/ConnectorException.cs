using System.Net;

namespace CpcCoach.Bot.Connector;

/// <summary>A Connector call that failed after retries; carries the status and correlation id, never the body or token.</summary>
public sealed class ConnectorException(HttpStatusCode status, string? host, string? correlationId = null)
    : Exception($"Connector call to {host} failed with {(int)status} {status} (correlation id {correlationId ?? "none"}).")
{
    public HttpStatusCode Status { get; } = status;

    /// <summary>X-Correlating-OperationId from the Connector, for a support ticket.</summary>
    public string? CorrelationId { get; } = correlationId;
}
