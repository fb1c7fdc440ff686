using Hangfire;
using Hangfire.PostgreSql;

namespace RecognitionPay.Api.Hosting;

/// <summary>
/// Hangfire only triggers work: in memory on the embedded default, in PostgreSQL when scaled out. All state of
/// record is in our own tables, so a lost or repeated job changes nothing.
/// </summary>
public static class HangfireSetup
{
    public static IServiceCollection AddRecognitionPayHangfire(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHangfire(hangfire =>
        {
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (DatabaseSetup.UsesPostgreSql(configuration))
            {
                var connection = configuration.GetConnectionString("RecognitionPay");
                hangfire.UsePostgreSqlStorage(options => options.UseNpgsqlConnection(connection));
            }
            else
            {
                hangfire.UseInMemoryStorage();
            }
        });
        services.AddHangfireServer();
        return services;
    }
}
