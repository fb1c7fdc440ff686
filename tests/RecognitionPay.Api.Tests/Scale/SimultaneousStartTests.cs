using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Scale;

/// <summary>
/// Nodes starting at the same moment on an empty PostgreSQL database migrate, import and seed it once, and all serve.
/// (The embedded default is one process by design: SQLite is not shared by nodes.)
/// </summary>
public sealed class SimultaneousStartTests
{
    [PostgreSqlOnlyFact]
    public async Task Three_nodes_started_at_once_on_an_empty_database_all_serve_and_do_each_setup_step_once()
    {
        using var first = new SeededRecognitionPayApp();
        using var second = new NodeOnSameDatabase(first);
        using var third = new NodeOnSameDatabase(first);
        _ = first.ConnectionString;

        await Task.WhenAll(new RecognitionPayApp[] { first, second, third }.Select(node => Task.Run(() => node.Server)));

        foreach (var node in new RecognitionPayApp[] { first, second, third })
        {
            Assert.Equal(HttpStatusCode.OK, (await node.Anonymous().GetAsync("/health")).StatusCode);
        }

        var files = Directory.GetFiles(RepositoryPaths.Policies, "*.yaml").Length;
        Assert.Equal(files, await first.InDatabase(db => db.Policies.CountAsync()));
        Assert.Equal(5, await first.InDatabase(db => db.People.CountAsync()));
        var imports = await first.InDatabase(db => db.AuditEntries.CountAsync(a => a.Action == "PolicyImported"));
        Assert.Equal(files, imports);
        var balance = (await second.As(Roles.Finance).GetFromJsonAsync<JsonObject>("/api/v1/ledger/trial-balance"))!;
        Assert.Equal((long?)balance["totalDebitPence"], (long?)balance["totalCreditPence"]);
    }
}
