using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Hosting;

/// <summary>A fresh start loads the demo: people, activities and claims in several states, priced, posted and audited.</summary>
public sealed class SeedImportTests(SeededRecognitionPayApp app) : IClassFixture<SeededRecognitionPayApp>
{
    [Fact]
    public async Task The_demo_data_shows_a_living_system()
    {
        var claims = await app.As(Roles.Staff).GetFromJsonAsync<JsonObject>("/api/v1/claims?pageSize=200");
        var statuses = claims!["items"]!.AsArray().Select(c => (string?)c!["status"]).ToHashSet();
        Assert.Superset(new HashSet<string?> { "Submitted", "Approved", "Rejected", "Returned", "Withdrawn" }, statuses);
        Assert.True(await app.InDatabase(db => db.People.CountAsync()) >= 5);
        Assert.True(await app.InDatabase(db => db.Activities.CountAsync()) >= 5);

        var balance = await app.As(Roles.Finance).GetFromJsonAsync<JsonObject>("/api/v1/ledger/trial-balance");
        Assert.True((long?)balance!["totalDebitPence"] > 0);
        Assert.Equal((long?)balance["totalDebitPence"], (long?)balance["totalCreditPence"]);
        var approved = claims["items"]!.AsArray().Where(c => (string?)c!["status"] == "Approved").Sum(c => (long)c!["totalPence"]!);
        Assert.Equal(approved, (long?)balance["totalCreditPence"]);
    }

    [Fact]
    public async Task A_demo_co_producer_can_sign_in_and_see_their_own_claims()
    {
        var mine = await app.As(Roles.CoProducer, "alex.morgan@example.org").GetFromJsonAsync<JsonObject>("/api/v1/claims");

        Assert.True((int?)mine!["totalCount"] >= 2);
    }
}
