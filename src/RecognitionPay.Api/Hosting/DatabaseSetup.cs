using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Features.Calendars;
using RecognitionPay.Api.Features.Policies;

namespace RecognitionPay.Api.Hosting;

/// <summary>Chooses the provider (Sqlite by default, PostgreSql to scale out) and readies the database at start.</summary>
public static class DatabaseSetup
{
    public const string DefaultConnection = "Data Source=data/recognitionpay.db";

    public static bool UsesPostgreSql(IConfiguration configuration) =>
        string.Equals(configuration["Database:Provider"], "PostgreSql", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Each provider is asked to send a list of values in a query (<c>ids.Contains(x.Id)</c>) as one parameter (a JSON
    /// array on SQLite, an array on PostgreSQL), not one parameter a value: a run, a report or marking paid asks about
    /// tens of thousands of claims or people at once, more than a statement may bind.
    /// </summary>
    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connection = configuration.GetConnectionString("RecognitionPay") ?? DefaultConnection;
        if (UsesPostgreSql(configuration))
        {
            services.AddDbContextPool<AppDbContext, PostgreSqlAppDbContext>(options => options.UseNpgsql(connection, npgsql => npgsql.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)));
        }
        else
        {
            services.AddDbContextPool<AppDbContext, SqliteAppDbContext>(options => options.UseSqlite(connection, sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)));
            services.AddSingleton<SqliteWriteGate>();
            services.AddSingleton<GroupCommit>();
        }

        return services;
    }

    /// <summary>
    /// Applies migrations (never EnsureCreated), sets SQLite to WAL, imports the policy files, then the demo data into an
    /// empty database: on PostgreSQL under <see cref="StartupLock"/>, so nodes starting together do each once.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (db.Database.IsSqlite())
        {
            var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }
        }

        await StartupLock.RunAsync(db, async () =>
        {
            await db.Database.MigrateAsync();
            if (db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            }

            var policies = app.Configuration["Policies:Directory"] ?? "policies";
            await scope.ServiceProvider.GetRequiredService<PolicyFileImport>().ImportAsync(policies, CancellationToken.None);
            var calendars = Path.Combine(policies, "calendars", "bank-holidays.json");
            if (File.Exists(calendars))
            {
                await using var calendar = File.OpenRead(calendars);
                var mediator = scope.ServiceProvider.GetRequiredService<MediatR.IMediator>();
                await mediator.Send(new ImportBankHolidays.Command(await ImportBankHolidays.ReadAsync(calendar, CancellationToken.None)));
            }

            var seeds = app.Configuration["Seeds:Directory"] ?? "seeds";
            await scope.ServiceProvider.GetRequiredService<SeedImport>().ImportAsync(seeds, CancellationToken.None);
        }, CancellationToken.None);
    }
}
