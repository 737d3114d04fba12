using System.Net;
using System.Net.Sockets;

namespace CpcCoach.Bot.Tests.Support;

/// <summary>The real app on a real Kestrel socket at 127.0.0.1 (not the in-memory TestServer).</summary>
public static class KestrelBotApp
{
    public static BotApp Start(BotApp app, out Uri baseAddress)
    {
        var port = FreePort();
        app.UseKestrel(port);
        app.StartServer();
        baseAddress = new Uri($"http://127.0.0.1:{port}/");
        return app;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
