using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Security;

/// <summary>The service with a limit of 3 writes a minute per caller.</summary>
public sealed class ThreeWritesAMinuteApp : RecognitionPayApp
{
    protected override int WritesPerMinute => 3;
}

/// <summary>Writes are limited per caller; over the limit, a 429 problem with Retry-After that changes nothing.</summary>
public sealed class RateLimitTests(ThreeWritesAMinuteApp app) : IClassFixture<ThreeWritesAMinuteApp>
{
    [Fact]
    public async Task A_caller_over_the_limit_gets_a_429_with_retry_after_and_others_are_not_held_back()
    {
        var staff = app.As(Roles.Staff, "busy.officer@council.example");
        var activity = new { title = "Board", activityTypeCode = "meeting", date = "2026-11-20", plannedMinutes = 60 };
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync("/api/v1/activities", activity)).StatusCode);
        }

        var before = await app.InDatabase(db => db.Activities.CountAsync());
        var fourth = await staff.PostAsJsonAsync("/api/v1/activities", activity);
        var reads = await staff.GetAsync("/api/v1/activities");
        var someoneElse = await app.As(Roles.Staff, "calm.officer@council.example").PostAsJsonAsync("/api/v1/activities", activity);

        await fourth.AssertProblem(HttpStatusCode.TooManyRequests);
        Assert.True(int.Parse(fourth.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(before, await app.InDatabase(db => db.Activities.CountAsync()) - 1);
        Assert.Equal(HttpStatusCode.OK, reads.StatusCode);
        Assert.Equal(HttpStatusCode.Created, someoneElse.StatusCode);
    }
}
