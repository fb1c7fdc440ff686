using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Features.Claims;

public sealed class ListClaimsTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    [Fact]
    public async Task The_approval_queue_filters_by_status_person_and_activity_date_a_page_at_a_time()
    {
        var una = await app.RegisterPerson("queue.una@example.org");
        var vic = await app.RegisterPerson("queue.vic@example.org");
        var staff = app.As(Roles.Staff, Scenario.StaffEmail);
        foreach (var date in new[] { "2026-11-02", "2026-11-09", "2026-11-16" })
        {
            await staff.SubmitOk(Scenario.Meeting(una, date));
        }

        var approved = await staff.SubmitOk(Scenario.Meeting(vic, "2026-11-09"));
        await app.As(Roles.Staff, "approver@council.example").Decide((Guid)approved["id"]!, "approve");

        var queue = await staff.GetFromJsonAsync<JsonObject>("/api/v1/claims?status=Submitted&pageSize=2");
        var unasInRange = await staff.GetFromJsonAsync<JsonObject>($"/api/v1/claims?personId={una}&from=2026-11-05&to=2026-11-30");
        var vics = await staff.GetFromJsonAsync<JsonObject>($"/api/v1/claims?status=approved&personId={vic}");

        Assert.Equal(3, (int?)queue!["totalCount"]);
        Assert.Equal(2, queue["items"]!.AsArray().Count);
        Assert.Equal("2026-11-02", (string?)queue["items"]![0]!["activityDate"]);
        Assert.Equal(2, (int?)unasInRange!["totalCount"]);
        Assert.Equal(1, (int?)vics!["totalCount"]);
        await (await staff.GetAsync("/api/v1/claims?status=Lost")).AssertInvalidField("status");
        await (await staff.GetAsync("/api/v1/claims?page=0")).AssertInvalidField("page");
    }
}
