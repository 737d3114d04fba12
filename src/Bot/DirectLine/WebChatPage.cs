using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.DirectLine;

/// <summary>
/// The page at / (wwwroot) and Web Chat's UMD bundle, served from the npm install, never from a CDN:
/// there may be no internet, and hospital networks often block CDNs.
/// </summary>
internal static class WebChatPage
{
    public const string BundlePath = "/lib/webchat.js";

    // Web Chat injects its styles at run time, hence 'unsafe-inline' for styles only. Scripts come from this app alone.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "media-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' ws: wss:; " +
        "frame-ancestors 'none'; base-uri 'none'; form-action 'none'; object-src 'none'";

    public static void Map(WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        var bundle = Path.GetFullPath(Path.Combine(app.Environment.ContentRootPath, options.WebChatBundleFolder, "webchat.js"));
        if (!File.Exists(bundle))
        {
            Log.WebChatBundleMissing(app.Logger, bundle);
        }

        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = context => Harden(context.Context.Response) });

        // Only the one file: the package's dist folder also holds source maps and a 140 MB stats.json.
        app.MapMethods(BundlePath, ["GET", "HEAD"], (HttpResponse response) =>
        {
            if (!File.Exists(bundle))
            {
                return DirectLineHttp.Error(404, "NotFound", "Web Chat is not installed: run 'npm ci' in src/Bot/WebChat.");
            }

            response.Headers.CacheControl = "public, max-age=3600";
            response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(bundle, "text/javascript; charset=utf-8", lastModified: File.GetLastWriteTimeUtc(bundle), enableRangeProcessing: true);
        });
    }

    private static void Harden(HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        if (response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true)
        {
            response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            response.Headers.CacheControl = "no-cache";
        }
    }
}
