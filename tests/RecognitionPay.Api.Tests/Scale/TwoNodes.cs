using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.PaymentRuns;

namespace RecognitionPay.Api.Tests.Scale;

/// <summary>Two nodes of the service on one database (on PostgreSQL when the suite runs there), with one signing key.</summary>
public sealed class TwoNodes : IDisposable
{
    public TwoNodes()
    {
        First = new RecognitionPayApp();
        First.Services.GetType();
        Second = new NodeOnSameDatabase(First);
        Second.Services.GetType();
    }

    public RecognitionPayApp First { get; }

    public RecognitionPayApp Second { get; }

    /// <summary>Node 0 or 1, alternately: requests split over the two nodes.</summary>
    public RecognitionPayApp Node(int i) => i % 2 == 0 ? First : Second;

    /// <summary>
    /// What must hold whatever raced: no claim is in two live payment parts, the trial balance nets to zero, and
    /// each person's payable equals what was approved less what was waived and what is in live payments.
    /// </summary>
    public async Task AssertBooksHold()
    {
        var parts = await First.InDatabase(db => db.PaymentItemClaims.Where(p => p.Live).Select(p => new { p.ClaimId, p.Amount }).ToListAsync());
        Assert.All(parts.GroupBy(p => p.ClaimId), claim => Assert.Single(claim));

        var balance = (await First.As(Roles.Finance).GetFromJsonAsync<JsonObject>("/api/v1/ledger/trial-balance"))!;
        Assert.Equal((long?)balance["totalDebitPence"], (long?)balance["totalCreditPence"]);
        Assert.Equal(0, balance["accounts"]!.AsArray().Sum(a => (long)a!["balancePence"]!));

        var approved = await First.InDatabase(db => db.Claims.Where(c => c.Status == ClaimStatus.Approved || c.Status == ClaimStatus.Paid)
            .Select(c => new { c.PersonId, c.Id, c.Total }).ToListAsync());
        var waived = await First.InDatabase(db => db.PaymentHoldbacks.Where(h => h.Outcome == HoldbackOutcome.Waived).Select(h => new { h.ClaimId, h.Amount }).ToListAsync());
        foreach (var person in approved.GroupBy(c => c.PersonId))
        {
            var ids = person.Select(c => c.Id).ToHashSet();
            var owed = person.Sum(c => c.Total.Pence) - waived.Where(w => ids.Contains(w.ClaimId)).Sum(w => w.Amount.Pence) - parts.Where(p => ids.Contains(p.ClaimId)).Sum(p => p.Amount.Pence);
            var payable = balance["accounts"]!.AsArray().SingleOrDefault(a => (string?)a!["account"] == $"liability:payable:{person.Key}");
            Assert.Equal(owed, payable is null ? 0 : -(long)payable["balancePence"]!);
        }
    }

    public void Dispose()
    {
        Second.Dispose();
        First.Dispose();
    }
}
