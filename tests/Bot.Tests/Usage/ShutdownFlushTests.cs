using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CpcCoach.Bot.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace CpcCoach.Bot.Tests.Usage;

/// <summary>
/// The kill test: the real bot as a child process (dotnet CpcCoach.Bot.dll, SQLite in a temp folder), four
/// clients sending turns over expectReplies, SIGTERM in the middle of it. Every turn that got an answer must
/// have its event in the SQLite file once the process has exited.
/// </summary>
public sealed class ShutdownFlushTests(ITestOutputHelper output)
{
    private const int Clients = 4;
    private const int AnsweredBeforeKill = 120;

    [Fact]
    public async Task Sigterm_DuringLoad_EveryAnsweredTurnsEventIsInTheStore()
    {
        var folder = UsageTestHost.TempFolder();
        var port = FreePort();
        using var bot = StartBot(folder, port);
        var log = new List<string>();
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bot.OutputDataReceived += (_, e) => { if (e.Data is { } line) { lock (log) log.Add(line); if (line.Contains("Now listening on", StringComparison.Ordinal)) listening.TrySetResult(); } };
        bot.ErrorDataReceived += (_, e) => { if (e.Data is { } line) lock (log) log.Add(line); };
        bot.BeginOutputReadLine();
        bot.BeginErrorReadLine();
        try
        {
            await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));

            var answered = new int[Clients];
            var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var clients = Enumerable.Range(0, Clients).Select(i => Task.Run(async () =>
            {
                using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
                var chat = new Conversation(http, $"kill-conv-{i}", "test") { UserId = $"kill-user-{i}" };
                while (true)
                {
                    try
                    {
                        var replies = await chat.Send("help");
                        if (replies.Status != HttpStatusCode.OK || !replies.Messages.Any())
                        {
                            return;
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return; // the server has gone away
                    }

                    if (Interlocked.Increment(ref answered[i]) > 0 && answered.Sum() >= AnsweredBeforeKill)
                    {
                        killed.TrySetResult();
                    }
                }
            })).ToList();

            await killed.Task.WaitAsync(TimeSpan.FromSeconds(120));
            using (var kill = Process.Start("kill", ["-TERM", bot.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            await Task.WhenAll(clients).WaitAsync(TimeSpan.FromSeconds(60));
            await bot.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);

            var stored = await CountByPseudonymAsync(Path.Combine(folder, "data", "usage.db"));
            for (var i = 0; i < Clients; i++)
            {
                stored.TryGetValue(UsageTestHost.PseudonymOf($"kill-user-{i}"), out var count);
                output.WriteLine($"client {i}: {answered[i]} answered, {count} stored");
                Assert.True(count >= answered[i], $"client {i}: {answered[i]} turns answered but only {count} events stored");
            }

            Assert.True(answered.Sum() >= AnsweredBeforeKill);
            lock (log)
            {
                Assert.Contains(log, line => line.Contains("Usage queue drained", StringComparison.Ordinal));
                Assert.DoesNotContain(log, line => line.Contains("usage events lost", StringComparison.OrdinalIgnoreCase));
            }
        }
        finally
        {
            if (!bot.HasExited)
            {
                bot.Kill(entireProcessTree: true);
            }

            lock (log)
            {
                foreach (var line in log.TakeLast(40)) output.WriteLine(line);
            }
        }
    }

    private static Process StartBot(string folder, int port)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CpcCoach.Bot.dll")])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["DOTNET_ENVIRONMENT"] = "Development";
        info.Environment["Usage__PseudonymKey"] = UsageTestHost.PseudonymKey;
        info.Environment["Usage__DataFolder"] = Path.Combine(folder, "data");
        info.Environment["Usage__BatchSize"] = "25";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        info.Environment["Logging__LogLevel__CpcCoach.Bot.Usage"] = "Information";
        info.Environment["Logging__Console__FormatterName"] = "simple";
        return Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
    }

    private static async Task<Dictionary<string, int>> CountByPseudonymAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = new SqliteCommand("SELECT pseudonym, COUNT(*) FROM usage_events GROUP BY pseudonym", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = reader.GetInt32(1);
        }

        return counts;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
