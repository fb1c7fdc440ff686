using Microsoft.AspNetCore.DataProtection;
using RecognitionPay.Api.Data;

namespace RecognitionPay.Api.Hosting;

/// <summary>
/// Where the keys that encrypt bank details live, so a restart (and, scaled out, every node) can still read them:
/// in PostgreSQL beside the data when scaled out; in a folder next to the SQLite file on the embedded default, where
/// writing a new key must not wait on the single SQLite writer a command's transaction already holds.
/// </summary>
public static class DataProtectionSetup
{
    public const string DefaultKeysDirectory = "data/keys";

    public static IServiceCollection AddBankDetailsProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var protection = services.AddDataProtection().SetApplicationName("RecognitionPay");
        if (DatabaseSetup.UsesPostgreSql(configuration))
        {
            protection.PersistKeysToDbContext<AppDbContext>();
        }
        else
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(configuration["DataProtection:KeysDirectory"] ?? DefaultKeysDirectory));
        }

        return services;
    }
}
