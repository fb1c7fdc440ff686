using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Security;

namespace RecognitionPay.Api.Tests.Infrastructure;

/// <summary>The steps many tests share, each through the public API as a real user would take them.</summary>
public static class Scenario
{
    public const string StaffEmail = "sam.officer@council.example";

    public static async Task<Guid> RegisterPerson(this RecognitionPayApp app, string email, object? extra = null)
    {
        var body = new JsonObject
        {
            ["displayName"] = $"Person {email}",
            ["email"] = email,
            ["paymentMethod"] = "bank-transfer",
            ["bankAccount"] = new JsonObject { ["accountName"] = "A Person", ["sortCode"] = "12-34-56", ["accountNumber"] = "12345678" },
            ["benefits"] = new JsonArray(),
            ["overCapChoice"] = "defer",
            ["eligibleForPayment"] = true,
        };
        foreach (var (key, value) in extra is null ? [] : JsonSerializerNode(extra))
        {
            body[key] = value?.DeepClone();
        }

        var response = await app.As(Roles.Staff, StaffEmail).PostAsJsonAsync("/api/v1/people", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (Guid)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    /// <summary>A meeting last week: 90 minutes, 60 of preparation, a bus fare: £37.50 + £25 + £6.40 under 2026-04.</summary>
    public static object Meeting(Guid? personId = null, string date = "2026-11-17", int attended = 90) => new
    {
        personId,
        activityTypeCode = "meeting",
        activityDate = date,
        attendedMinutes = attended,
        prepMinutes = 60,
        expenses = new object[] { new { categoryCode = "public-transport", amountPence = 640, hasReceipt = true } },
        recognition = "payment",
    };

    public const long MeetingTotalPence = 3750 + 2500 + 640;

    public static async Task<HttpResponseMessage> Submit(this HttpClient client, object claim, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/claims") { Content = JsonContent.Create(claim) };
        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString());
        return await client.SendAsync(request);
    }

    public static async Task<JsonObject> SubmitOk(this HttpClient client, object claim, string? key = null)
    {
        var response = await client.Submit(claim, key);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static Task<HttpResponseMessage> Decide(this HttpClient client, Guid claimId, string decision, string? reason = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/claims/{claimId}/{decision}")
        {
            Content = reason is null ? null : JsonContent.Create(new { reason }),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    /// <summary>Meetings the person claims for themself and staff approve; the claims as submitted.</summary>
    public static async Task<List<JsonObject>> ApprovedMeetings(this RecognitionPayApp app, string email, int count, int attended = 90)
    {
        var claims = new List<JsonObject>();
        for (var i = 0; i < count; i++)
        {
            var claim = await app.As(Roles.CoProducer, email).SubmitOk(Meeting(attended: attended));
            await app.As(Roles.Staff, "approver@council.example").Decide((Guid)claim["id"]!, "approve");
            claims.Add(claim);
        }

        return claims;
    }

    /// <summary>Finance asks for a payment run now; the run as answered.</summary>
    public static async Task<JsonObject> CreateRunOk(this HttpClient finance)
    {
        var response = await finance.PostAsJsonAsync("/api/v1/batches", new { });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static Task<(int Claims, int Audit, int Postings, int People)> Counts(this RecognitionPayApp app) =>
        app.InDatabase(async db => (await db.Claims.CountAsync(), await db.AuditEntries.CountAsync(), await db.LedgerPostings.CountAsync(), await db.People.CountAsync()));

    /// <summary>Something of each kind for hostile requests to aim at: a person with a claim submitted, and one approved and in a run.</summary>
    public static async Task<(Guid Person, Guid Submitted, Guid Approved, JsonObject Run)> OneOfEach(this RecognitionPayApp app, string email)
    {
        var person = await app.RegisterPerson(email);
        var submitted = (Guid)(await app.As(Roles.CoProducer, email).SubmitOk(Meeting()))["id"]!;
        var approved = (Guid)(await app.As(Roles.CoProducer, email).SubmitOk(Meeting()))["id"]!;
        await app.As(Roles.Staff, "approver@council.example").Decide(approved, "approve");
        return (person, submitted, approved, await app.As(Roles.Finance).CreateRunOk());
    }

    /// <summary>
    /// How many rows each table a request could change holds: the same before and after when it changed nothing. Audit
    /// counts the entries of changes: a payment file or receipt taken is audited too (who took what), and changes nothing.
    /// </summary>
    public static Task<(int Claims, int Audit, int Postings, int People, int Activities, int Policies, int Runs, int IdempotencyKeys, int Holdbacks, int BankHolidays, int Items, int Parts, int Earnings, int Drafts, int Receipts, int SignInLinks)> EveryTableCount(this RecognitionPayApp app) => app.InDatabase(async db => (
        await db.Claims.CountAsync(), await db.AuditEntries.CountAsync(a => a.Action != "PaymentFileExported" && a.Action != "ReceiptDownloaded"),
        await db.LedgerPostings.CountAsync(), await db.People.CountAsync(), await db.Activities.CountAsync(), await db.Policies.CountAsync(), await db.PaymentRuns.CountAsync(), await db.IdempotencyKeys.CountAsync(),
        await db.PaymentHoldbacks.CountAsync(), await db.BankHolidays.CountAsync(), await db.PaymentItems.CountAsync(), await db.PaymentItemClaims.CountAsync(),
        await db.Earnings.CountAsync(), await db.ClaimDrafts.CountAsync(), await db.Receipts.CountAsync(), await db.UsedSignInLinks.CountAsync()));

    private static IEnumerable<KeyValuePair<string, JsonNode?>> JsonSerializerNode(object value) =>
        System.Text.Json.JsonSerializer.SerializeToNode(value, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!.AsObject();
}
