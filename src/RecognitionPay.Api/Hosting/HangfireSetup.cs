using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using RecognitionPay.Api.Features.PaymentRuns;
using RecognitionPay.Api.Features.Policies;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Shared;
using RecognitionPay.Domain.Time;

namespace RecognitionPay.Api.Hosting;

/// <summary>
/// Hangfire only triggers work: in memory on the embedded default, in PostgreSQL when scaled out. All state of
/// record is in our own tables, so a lost or repeated job changes nothing.
/// </summary>
public static class HangfireSetup
{
    public static IServiceCollection AddRecognitionPayHangfire(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHangfire((provider, hangfire) =>
        {
            hangfire.UseLogProvider(new HangfireLogging(provider.GetRequiredService<ILoggerFactory>()))
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
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

    /// <summary>Registers (or updates) "payment-run" on the schedule of the policy in force today, in Europe/London.</summary>
    public static async Task SchedulePaymentRunsAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var clock = scope.ServiceProvider.GetRequiredService<NodaTime.IClock>();
        var policy = await scope.ServiceProvider.GetRequiredService<PolicyBook>().InForceOnAsync(LondonCalendar.Today(clock), cancellationToken);
        var jobs = scope.ServiceProvider.GetRequiredService<IRecurringJobManager>();
        if (policy is null)
        {
            jobs.RemoveIfExists(PaymentRunJob.Id);
            return;
        }

        jobs.AddOrUpdate<PaymentRunJob>(PaymentRunJob.Id, job => job.RunAsync(CancellationToken.None), policy.Payments.RunSchedule, new RecurringJobOptions { TimeZone = LondonCalendar.SystemZone });
    }

    /// <summary>The dashboard at /hangfire, for watching jobs: Finance and Admin only, never anonymous.</summary>
    public static void MapPaymentRunDashboard(this IEndpointRouteBuilder app) =>
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new SignedInRoles()],
            DisplayStorageConnectionString = false,

            // For watching only: no one triggers, deletes or re-queues a job here (a run is asked for through the audited API).
            IsReadOnlyFunc = _ => true,
        })
            .RequireAuthorization(policy => policy.RequireRole(Roles.Finance, Roles.Admin));

    private sealed class SignedInRoles : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) =>
            context.GetHttpContext().User is { Identity.IsAuthenticated: true } user && (user.IsInRole(Roles.Finance) || user.IsInRole(Roles.Admin));
    }
}
