using System.Net;
using System.Net.Http.Json;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecognitionPay.Api.Features.PaymentRuns;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Scale;

/// <summary>The scheduled payment run on two nodes: one recurring job, and each firing makes at most one run.</summary>
public sealed class ScheduledRunTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private static async Task Fire(RecognitionPayApp node)
    {
        await using var scope = node.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PaymentRunJob>().RunAsync(CancellationToken.None);
    }

    private async Task Approved(string email, int count)
    {
        await nodes.First.RegisterPerson(email);
        await nodes.First.ApprovedMeetings(email, count);
    }

    [Fact]
    public async Task The_job_fired_on_both_nodes_at_once_and_a_manual_run_between_pay_every_claim_once()
    {
        await Approved("scheduled.race@example.org", 6);

        var manual = nodes.Second.As(Roles.Finance, "finance@council.example").PostAsJsonAsync("/api/v1/batches", new { });
        await Task.WhenAll(Fire(nodes.First), Fire(nodes.Second), manual);

        Assert.True((await manual).StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict);
        Assert.Equal(1, await nodes.First.InDatabase(db => db.PaymentRuns.CountAsync(r => r.ScheduledFor != null)));
        await nodes.AssertBooksHold();
        await Fire(nodes.Second);
        Assert.Equal(1, await nodes.First.InDatabase(db => db.PaymentRuns.CountAsync(r => r.ScheduledFor != null)));
    }

    [PostgreSqlOnlyFact]
    public void Both_nodes_share_one_recurring_payment_run_job_in_the_database()
    {
        foreach (var node in new[] { nodes.First, nodes.Second })
        {
            using var connection = node.Services.GetRequiredService<JobStorage>().GetConnection();
            Assert.Single(connection.GetRecurringJobs(), job => job.Id == PaymentRunJob.Id);
        }
    }
}
