using System.Globalization;
using CpcCoach.Bot.Usage;

namespace CpcCoach.Bot.Insights;

/// <summary>GET /insights (HTML) and /insights/export.csv, behind <see cref="DashboardAccess"/>. Never cached, never indexed.</summary>
internal static class DashboardEndpoints
{
    private const string RefusalPage =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>CPC Coach insights</title></head><body><main>" +
        "<h1>Insights are for educators</h1><p>This page opens from the link CPC Coach gives educators in chat (type " +
        "<strong>insights</strong>). Links work for a few minutes; ask the coach for a new one.</p></main></body></html>";

    public static async Task<IResult> PageAsync(HttpContext http, DashboardAccess access, InsightsReports reports, UsageRecorder recorder, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (Refuse(http, access, recorder, loggers, out var credential) is { } refused)
        {
            return refused;
        }

        if (await ReadAsync(http, reports, loggers, cancellationToken).ConfigureAwait(false) is not { } report)
        {
            return Results.Content("<!DOCTYPE html><title>CPC Coach insights</title><p>The usage store cannot be reached just now. Please try again in a few minutes.</p>", "text/html; charset=utf-8", statusCode: 503);
        }

        return Results.Content(DashboardPage.Render(report, credential), "text/html; charset=utf-8");
    }

    public static async Task<IResult> CsvAsync(HttpContext http, DashboardAccess access, InsightsReports reports, UsageRecorder recorder, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (Refuse(http, access, recorder, loggers, out _) is { } refused)
        {
            return refused;
        }

        if (await ReadAsync(http, reports, loggers, cancellationToken).ConfigureAwait(false) is not { } report)
        {
            return Results.Text("The usage store cannot be reached just now.", statusCode: 503);
        }

        http.Response.Headers.ContentDisposition = $"attachment; filename=\"cpc-insights-{report.Days}d-{report.To.AddDays(-1):yyyy-MM-dd}.csv\"";
        return Results.Text(CsvExport.Write(report), "text/csv; charset=utf-8");
    }

    private static IResult? Refuse(HttpContext http, DashboardAccess access, UsageRecorder recorder, ILoggerFactory loggers, out string credential)
    {
        var headers = http.Response.Headers;
        headers.CacheControl = "no-store";
        // The link carries its token in the query: never send it on as a Referer.
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Robots-Tag"] = "noindex, nofollow";
        headers["X-Content-Type-Options"] = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        var (allowed, reason, query) = access.Check(http.Request);
        credential = query;
        if (allowed)
        {
            return null;
        }

        Log.DashboardRefused(loggers.CreateLogger("CpcCoach.Bot.Insights"), reason);
        recorder.RecordAnonymous(UsageKinds.DashboardRefused, "dashboard");
        return Results.Content(RefusalPage, "text/html; charset=utf-8", statusCode: StatusCodes.Status401Unauthorized);
    }

    private static async Task<InsightsReport?> ReadAsync(HttpContext http, InsightsReports reports, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var days = int.TryParse(http.Request.Query["days"], NumberStyles.None, CultureInfo.InvariantCulture, out var d) && InsightsReports.Windows.Contains(d) ? d : 30;
        try
        {
            return (await reports.BuildAsync([days], cancellationToken).ConfigureAwait(false))[0];
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            Log.DashboardReadFailed(loggers.CreateLogger("CpcCoach.Bot.Insights"), ex);
            return null;
        }
    }
}
