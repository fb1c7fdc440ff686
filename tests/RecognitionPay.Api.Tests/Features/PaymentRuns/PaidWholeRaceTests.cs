using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Tests.Features.PaymentRuns;

/// <summary>
/// A run pays untouched claims whole by one statement that writes every such claim of the people it planned to pay
/// whole: if a claim of theirs was approved after the run read their claims, the statement writes more than was
/// planned, the run is tried again, and it pays what it planned, each claim once.
/// </summary>
public sealed partial class PaidWholeRaceTests(RacedApp<PaidWholeRaceTests.ApprovedFirst> app) : IClassFixture<RacedApp<PaidWholeRaceTests.ApprovedFirst>>
{
    [Fact]
    public async Task A_claim_approved_after_the_run_read_the_claims_it_pays_whole_sends_the_run_round_again()
    {
        var person = await app.RegisterPerson("whole.raced@example.org");
        var approved = (Guid)(await app.ApprovedMeetings("whole.raced@example.org", 1))[0]["id"]!;
        var submitted = (Guid)(await app.As(Roles.CoProducer, "whole.raced@example.org").SubmitOk(Scenario.Meeting()))["id"]!;

        app.Race.Arm();
        var run = await app.As(Roles.Finance, "finance@council.example").CreateRunOk();

        Assert.Equal(2, app.Race.Seen);
        Assert.Equal(Scenario.MeetingTotalPence, (long?)run["totalPence"]);
        var item = Assert.Single(run["items"]!.AsArray())!;
        Assert.Equal([approved], item["claimIds"]!.AsArray().Select(id => (Guid)id!));
        var itemId = (Guid)item["id"]!;
        var stored = await app.InDatabase(db => db.PaymentItemClaims.AsNoTracking().Where(p => p.ItemId == new PaymentItemId(itemId)).Select(p => p.ClaimId).ToListAsync());
        Assert.Equal([new ClaimId(approved)], stored);
        var still = await app.InDatabase(db => db.Claims.AsNoTracking().SingleAsync(c => c.Id == new ClaimId(submitted)));
        Assert.Equal(person, still.PersonId.Value);
        Assert.Equal("Submitted", still.Status.ToString());
    }

    /// <summary>Watches the statement paying claims whole; the first after <see cref="RacedStatement.Arm"/> finds every submitted claim approved.</summary>
    public sealed partial class ApprovedFirst : RacedStatement
    {
        protected override string StandIn => "UPDATE claims SET \"Status\" = 'Approved' WHERE \"Status\" = 'Submitted';";

        protected override bool Watches(string sql) => PaidWhole().IsMatch(sql);

        /// <summary>The statement writing parts from the claims themselves (the run's other parts are written from values).</summary>
        [GeneratedRegex(@"^\s*INSERT INTO payment_item_claims .*\s+SELECT ", RegexOptions.Singleline)]
        private static partial Regex PaidWhole();
    }
}
