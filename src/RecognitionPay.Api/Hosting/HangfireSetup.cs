using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
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
    /// <remarks>
    /// Hangfire's own registration hands every host the process-wide <see cref="JobStorage.Current"/> and
    /// <see cref="JobActivator.Current"/> as they stand when it first resolves them, so of two hosts starting in one
    /// process (two nodes in a test, or tests side by side) one could watch the other's jobs and run them in the
    /// other's services. Each host's storage and activator are therefore its own services, registered first.
    /// With <c>Jobs:RunServer=false</c> a node registers the recurring job but runs no jobs (another node does).
    /// </remarks>
    public static IServiceCollection AddRecognitionPayHangfire(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<JobStorage>(_ => DatabaseSetup.UsesPostgreSql(configuration) ? SharedStorage(configuration) : new InMemoryStorage());
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((provider, hangfire) => hangfire
            .UseLogProvider(new HangfireLogging(provider.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        if (configuration.GetValue("Jobs:RunServer", defaultValue: true))
        {
            services.AddHangfireServer();
        }

        return services;
    }

    private static PostgreSqlStorage SharedStorage(IConfiguration configuration)
    {
        var options = new PostgreSqlStorageOptions();
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(configuration.GetConnectionString("RecognitionPay"), options), options);
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
