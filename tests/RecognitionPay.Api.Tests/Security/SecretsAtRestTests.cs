using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Tests.Security;

/// <summary>Secrets on disk are for their owner only, and a copy of the database and the key ring alone decrypts nothing.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SecretsAtRestTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode OwnerFolder = OwnerFile | UnixFileMode.UserExecute;

    private async Task<string> SealedAccountOf(Guid person) =>
        await app.InDatabase(db => db.People.Where(p => p.Id == new PersonId(person)).Select(p => p.SealedBankAccount!).SingleAsync());

    [Fact]
    public void The_local_signing_key_is_created_for_its_owner_only()
    {
        var path = Path.Combine(app.Folder, "token-keys", "local-signing.key");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Auth:SigningKeyFile"] = path }).Build();

        LocalTokens.SigningKey(configuration);

        Assert.Equal(OwnerFile, File.GetUnixFileMode(path));
        Assert.Equal(OwnerFolder, File.GetUnixFileMode(Path.GetDirectoryName(path)!));
    }

    [SqliteOnlyFact]
    public async Task The_key_ring_is_encrypted_with_a_certificate_the_service_made_apart_from_it()
    {
        await app.RegisterPerson("secret.ring@example.org");

        Assert.Equal(OwnerFile, File.GetUnixFileMode(app.CertificatePath));
        Assert.Equal(OwnerFolder, File.GetUnixFileMode(Path.GetDirectoryName(app.CertificatePath)!));
        Assert.Equal(OwnerFolder, File.GetUnixFileMode(app.KeysDirectory));
        var keys = Directory.GetFiles(app.KeysDirectory, "key-*.xml");
        Assert.NotEmpty(keys);
        Assert.All(keys, key =>
        {
            var xml = File.ReadAllText(key);
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
        });
    }

    [SqliteOnlyFact]
    public async Task A_copy_of_the_database_and_the_keys_without_the_certificate_decrypts_no_bank_details()
    {
        var sealedAccount = await SealedAccountOf(await app.RegisterPerson("secret.copy@example.org"));
        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(app.CertificatePath, null);

        var copy = Directory.CreateDirectory(Path.Combine(app.Folder, $"stolen-keys-{Guid.NewGuid():N}"));
        foreach (var key in Directory.GetFiles(app.KeysDirectory))
        {
            File.Copy(key, Path.Combine(copy.FullName, Path.GetFileName(key)));
        }

        var withoutCertificate = DataProtectionProvider.Create(copy, setup => setup.SetApplicationName("RecognitionPay").DisableAutomaticKeyGeneration());
        var withCertificate = DataProtectionProvider.Create(
            copy, setup => setup.SetApplicationName("RecognitionPay").DisableAutomaticKeyGeneration().UnprotectKeysWithAnyCertificate(certificate));

        Assert.ThrowsAny<CryptographicException>(() => new BankDetailsProtector(withoutCertificate).Unseal(sealedAccount));
        Assert.Equal("12345678", new BankDetailsProtector(withCertificate).Unseal(sealedAccount).AccountNumber);
    }

    [Fact]
    public async Task Bank_details_saved_before_a_key_rotation_still_export()
    {
        await app.RegisterPerson("secret.rotated@example.org", new { bankAccount = new { accountName = "Rota Ted", sortCode = "20-00-00", accountNumber = "55779911" } });
        await app.ApprovedMeetings("secret.rotated@example.org", 1);
        var keys = app.Services.GetRequiredService<IKeyManager>();
        var now = DateTimeOffset.UtcNow;
        keys.CreateNewKey(now, now.AddDays(90));

        var finance = app.As(Roles.Finance, "finance@council.example");
        var run = await finance.CreateRunOk();
        var csv = await finance.GetStringAsync($"/api/v1/batches/{run["id"]}/export?format=csv");

        Assert.True(keys.GetAllKeys().Count >= 2);
        Assert.Contains("55779911", csv, StringComparison.Ordinal);
    }
}
