using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Security;

namespace RecognitionPay.Api.Hosting;

/// <summary>
/// Where the keys that encrypt bank details live, so a restart (and, scaled out, every node) can still read them:
/// in PostgreSQL beside the data when scaled out; in a folder next to the SQLite file on the embedded default, where
/// writing a new key must not wait on the single SQLite writer a command's transaction already holds. The key ring
/// is itself encrypted with a certificate kept apart from it (design.md, Security), so a copy of the database or the
/// keys alone decrypts nothing: on PostgreSQL one must be configured; on the embedded default the service makes its
/// own on first start.
/// </summary>
public static class DataProtectionSetup
{
    public const string DefaultKeysDirectory = "data/keys";

    public const string DefaultCertificatePath = "data/secrets/data-protection.pfx";

    public static IServiceCollection AddBankDetailsProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var protection = services.AddDataProtection().SetApplicationName("RecognitionPay");
        var postgreSql = DatabaseSetup.UsesPostgreSql(configuration);
        if (postgreSql)
        {
            protection.PersistKeysToDbContext<AppDbContext>();
        }
        else
        {
            var keys = configuration["DataProtection:KeysDirectory"] ?? DefaultKeysDirectory;
            SecretFiles.CreateFolder(keys);
            protection.PersistKeysToFileSystem(new DirectoryInfo(keys));
        }

        var certificate = Certificate(configuration, makeIfMissing: !postgreSql);
        protection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        return services;
    }

    private static X509Certificate2 Certificate(IConfiguration configuration, bool makeIfMissing)
    {
        var path = configuration["DataProtection:Certificate:Path"];
        var password = configuration["DataProtection:Certificate:Password"];
        if (string.IsNullOrEmpty(path) && !makeIfMissing)
        {
            throw new InvalidOperationException(
                "DataProtection:Certificate:Path is required on PostgreSQL: a PFX whose key encrypts the key ring that encrypts bank details, the same on every node.");
        }

        path = string.IsNullOrEmpty(path) ? DefaultCertificatePath : path;
        if (!File.Exists(path))
        {
            if (!makeIfMissing)
            {
                throw new InvalidOperationException($"DataProtection:Certificate:Path names no file: {path}.");
            }

            SecretFiles.TryCreate(path, NewCertificate(password));
        }

        return X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
    }

    /// <summary>A self-signed certificate for a key ring (one embedded installation's, or a test's or benchmark's), as a PFX.</summary>
    public static byte[] NewCertificate(string? password)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=RecognitionPay key ring", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(100));
        return certificate.Export(X509ContentType.Pfx, password);
    }
}
