using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Features.Activities;

public sealed class ActivityTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    private readonly HttpClient _staff = app.As(Roles.Staff, Scenario.StaffEmail);

    [Fact]
    public async Task Staff_set_up_activities_and_list_them_between_dates_newest_first()
    {
        foreach (var (title, date) in new[] { ("October board", "2026-10-15"), ("November board", "2026-11-12"), ("December board", "2026-12-10") })
        {
            var created = await _staff.PostAsJsonAsync("/api/v1/activities", new { title, activityTypeCode = "meeting", date, plannedMinutes = 120, prepAllowanceMinutes = 30 });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var page = await _staff.GetFromJsonAsync<JsonObject>("/api/v1/activities?from=2026-11-01&to=2026-12-31&pageSize=1");

        Assert.Equal(2, (int?)page!["totalCount"]);
        Assert.Equal("December board", (string?)page["items"]![0]!["title"]);
    }

    [Theory]
    [InlineData("activityTypeCode", "knitting", 60)]
    [InlineData("plannedMinutes", "meeting", -1)]
    [InlineData("plannedMinutes", "meeting", 1441)]
    public async Task A_bad_activity_is_refused_naming_the_field(string field, string type, int minutes)
    {
        var before = await app.InDatabase(db => Task.FromResult(db.Activities.Count()));

        var response = await _staff.PostAsJsonAsync("/api/v1/activities", new { title = "Bad", activityTypeCode = type, date = "2026-11-20", plannedMinutes = minutes });

        await response.AssertInvalidField(field);
        Assert.Equal(before, await app.InDatabase(db => Task.FromResult(db.Activities.Count())));
    }
}
