using Microsoft.AspNetCore.DataProtection;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Features.Activities;
using RecognitionPay.Api.Features.Audit;
using RecognitionPay.Api.Features.Calendars;
using RecognitionPay.Api.Features.Claims;
using RecognitionPay.Api.Features.Claims.Journey;
using RecognitionPay.Api.Features.Health;
using RecognitionPay.Api.Features.Ledger;
using RecognitionPay.Api.Features.PaymentRuns;
using RecognitionPay.Api.Features.PaymentRuns.Files;
using RecognitionPay.Api.Features.People;
using RecognitionPay.Api.Features.Policies;
using RecognitionPay.Api.Features.Quotes;
using RecognitionPay.Api.Features.Reports;
using RecognitionPay.Api.Features.Statements;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Pipeline;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Shared;

namespace RecognitionPay.Api.Hosting;

/// <summary>Everything the host needs, in one place: services first, then the request pipeline and the route table.</summary>
public static class RecognitionPayServices
{
    public static WebApplicationBuilder AddRecognitionPay(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddSingleton<IClock>(SystemClock.Instance);
        services.AddSingleton(JsonSettings.Create());
        services.ConfigureHttpJsonOptions(options =>
        {
            JsonSettings.Apply(options.SerializerOptions);
            InputJson.Apply(options.SerializerOptions);
        });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = RequestBodies.MaxBytes;
        });
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<AuditTrail>();
        services.AddDatabase(configuration);
        services.AddMediatorPipeline();
        services.AddSingleton<PolicyBook.Memo>();
        services.AddScoped<PolicyBook>();
        services.AddScoped<PolicyFileImport>();
        services.AddScoped<SeedImport>();
        services.AddScoped<PersonAccess>();
        services.AddScoped<ClaimPricing>();
        services.AddScoped<ClaimLoading>();
        services.AddScoped<LedgerJournal>();
        services.AddScoped<BankDetailsProtector>();
        services.AddScoped<WorkingDays>();
        services.AddScoped<ClaimBalances>();
        services.AddScoped<PayeeBook>();
        services.AddScoped<PersonNames>();
        services.AddScoped<BenefitsProjection>();
        services.AddScoped<ClaimProgressBook>();
        services.AddScoped<ClaimJourney>();
        services.AddScoped<PaymentRunJob>();
        services.AddScoped<UntouchedClaims>();
        services.AddScoped<PaymentRunPlanning>();
        services.AddSingleton<IPaymentFile, CsvFile>();
        services.AddSingleton<IPaymentFile, Bacs18File>();
        services.AddSingleton<IPaymentFile, Pain001File>();
        services.AddSingleton<IPaymentFile, VoucherListFile>();
        services.AddSingleton(new Originator(
            configuration["Payments:Originator:Name"] ?? "",
            configuration["Payments:Originator:SortCode"] ?? "",
            configuration["Payments:Originator:AccountNumber"] ?? ""));
        services.AddBankDetailsProtection(configuration);
        services.AddRecognitionPayAuthentication(configuration);
        services.AddRecognitionPayPages(configuration);
        services.AddWriteRateLimits(configuration);
        services.AddRecognitionPaySwagger();
        services.AddRecognitionPayHangfire(configuration);
        return builder;
    }

    public static WebApplication UseRecognitionPay(this WebApplication app)
    {
        app.UseExceptionHandler();
        // A page's empty error answer is re-run as the problem page (routed again, so it is not in a branch); the API's gets a problem first.
        app.UseStatusCodePagesWithReExecute("/problem/{0}");
        app.UseWhen(context => !PagesSetup.IsPage(context.Request.Path), api => api.UseStatusCodePages());
        app.UseRequestBodyLimit();
        app.UseQueryTextRules();
        app.UseRecognitionPaySwagger();
        app.UseRecognitionPayPages();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        GetHealth.Map(app);
        PolicyRoutes.Map(app);
        GetQuote.Map(app);
        PeopleRoutes.Map(app);
        GetStatement.Map(app);
        ActivityRoutes.Map(app);
        ClaimRoutes.Map(app);
        LedgerRoutes.Map(app);
        ListAudit.Map(app);
        PaymentRunRoutes.Map(app);
        ImportBankHolidays.Map(app);
        GetTradingAllowance.Map(app);
        GetUnpaidPayees.Map(app);
        GetMe.Map(app);
        app.MapPaymentRunDashboard();
        app.MapRazorPages();
        return app;
    }
}
