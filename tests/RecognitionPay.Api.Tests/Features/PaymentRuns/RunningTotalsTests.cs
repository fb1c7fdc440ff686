using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Benefits;

namespace RecognitionPay.Api.Tests.Features.PaymentRuns;

/// <summary>
/// A run moves each person's running totals on only from the version it read them at: if someone else moved them on
/// in between (another run, a failed payment), the run's write changes nothing, the run is tried again, and pay is
/// counted once.
/// </summary>
public sealed partial class RunningTotalsTests(RacedApp<RunningTotalsTests.TotalsMovedOnFirst> app) : IClassFixture<RacedApp<RunningTotalsTests.TotalsMovedOnFirst>>
{
    [Fact]
    public async Task Running_totals_moved_on_by_someone_else_after_the_run_read_them_send_the_run_round_again_and_count_pay_once()
    {
        var person = new PersonId(await app.RegisterPerson("totals.raced@example.org"));
        await app.ApprovedMeetings("totals.raced@example.org", 1);
        var finance = app.As(Roles.Finance, "finance@council.example");
        await finance.CreateRunOk();
        var before = await app.InDatabase(db => db.Earnings.AsNoTracking().SingleAsync(e => e.PersonId == person));
        await app.ApprovedMeetings("totals.raced@example.org", 1);

        app.Race.Arm();
        var run = await finance.CreateRunOk();

        Assert.Equal(2, app.Race.Seen);
        Assert.Equal(Scenario.MeetingTotalPence, (long?)run["totalPence"]);
        var after = await app.InDatabase(db => db.Earnings.AsNoTracking().Include(e => e.Days).SingleAsync(e => e.PersonId == person));
        Assert.Equal(before.Version + 1, after.Version);
        var items = await app.InDatabase(db => db.PaymentItems.AsNoTracking().Where(i => i.PersonId == person).ToListAsync());
        Assert.Equal(2, items.Count);
        Assert.Equal(items.Sum(i => i.Pay.Pence), after.Days.Sum(d => d.Pay.Pence));
    }

    /// <summary>Watches the run's writes of running totals; the first after <see cref="RacedStatement.Arm"/> finds them moved on.</summary>
    public sealed partial class TotalsMovedOnFirst : RacedStatement
    {
        protected override string StandIn => "UPDATE earnings SET \"Version\" = \"Version\" + 1;";

        protected override bool Watches(string sql) => RunWrite().IsMatch(sql);

        /// <summary>An update of the earnings table itself (not its days), as SQLite (quoted) or PostgreSQL (bare) names it.</summary>
        [GeneratedRegex("^UPDATE \"?earnings\"? ")]
        private static partial Regex RunWrite();
    }
}
