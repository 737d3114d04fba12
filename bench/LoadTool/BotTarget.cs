using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CpcCoach.LoadTool;

/// <summary>The bot under load: one already running at --url, or one this tool launches and measures.</summary>
internal sealed class BotTarget : IAsyncDisposable
{
    private readonly Process? _process;
    private readonly DirectoryInfo? _dataFolder;

    private BotTarget(string baseUrl, Process? process, DirectoryInfo? dataFolder)
    {
        BaseUrl = baseUrl;
        _process = process;
        _dataFolder = dataFolder;
    }

    public string BaseUrl { get; }

    public static async Task<BotTarget> StartAsync(LoadOptions options, CancellationToken ct)
    {
        if (options.Launch is null)
        {
            return new BotTarget(options.Url!.TrimEnd('/'), null, null);
        }

        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        // A .dll runs on the shared runtime; anything else (a Native AOT or self-contained publish) runs as it is.
        var start = options.Launch.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new ProcessStartInfo("dotnet", [options.Launch, "--urls", url])
            : new ProcessStartInfo(Path.GetFullPath(options.Launch), ["--urls", url]);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(options.Launch))!;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // Each run records usage into its own empty SQLite file, deleted afterwards: runs start alike, and the bot's
        // build folder does not collect a usage.db that grows by about 1 GB per 4 million turns. --env can override it.
        var dataFolder = Directory.CreateTempSubdirectory("cpc-load-");
        start.Environment["Usage__DataFolder"] = dataFolder.FullName;
        foreach (var (key, value) in options.Environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the bot");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) Console.Error.WriteLine($"[bot] {line}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                using var response = await http.GetAsync($"{url}/readyz", ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return new BotTarget(url, process, dataFolder);
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(100, ct);
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(CancellationToken.None);
        dataFolder.Delete(recursive: true);
        throw new InvalidOperationException("the bot did not become ready within 30 s");
    }

    /// <summary>CPU time the launched bot has used so far (user and kernel), or null for an external one.</summary>
    public TimeSpan? ProcessorTime()
    {
        if (_process is null)
        {
            return null;
        }

        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <summary>Peak resident memory of the launched bot (VmHWM), or null for an external one.</summary>
    public double? PeakMemoryMegabytes()
    {
        if (_process is null || !OperatingSystem.IsLinux())
        {
            return null;
        }

        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kb = double.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
                return kb / 1024;
            }
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _dataFolder?.Delete(recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
