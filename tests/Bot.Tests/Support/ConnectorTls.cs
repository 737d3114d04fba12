using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CpcCoach.Bot.Tests.Support;

/// <summary>
/// A self-signed certificate made by the test run, for the local HTTPS token endpoint and connector.
/// MSAL only accepts https authorities, so the token endpoint needs TLS that the app's clients trust.
/// </summary>
public static class ConnectorTls
{
    private static readonly Lazy<X509Certificate2> Lazy = new(Create);

    public static X509Certificate2 Certificate => Lazy.Value;

    /// <summary>A handler that trusts exactly this certificate and nothing else that fails normal validation.</summary>
    public static HttpMessageHandler TrustingHandler() => new SocketsHttpHandler
    {
        SslOptions = new SslClientAuthenticationOptions
        {
            RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                errors == SslPolicyErrors.None || (certificate is not null && certificate.GetCertHashString() == Certificate.GetCertHashString()),
        },
    };

    private static X509Certificate2 Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        // Fixed validity window: the wall clock is banned, and the test trusts this exact certificate anyway.
        var from = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var certificate = request.CreateSelfSigned(from, from.AddYears(80));
        // Round-trip through PKCS#12 so the private key is usable by SslStream on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }
}
