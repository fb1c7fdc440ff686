using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CsCheck;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Features.Claims;

/// <summary>Miles and hours are kept as claimed, and the tax year's mileage bands count every stored claim.</summary>
public sealed class MileageAcrossClaimsTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    private static object MeetingWith(params object[] expenses) => new
    {
        activityTypeCode = "meeting",
        activityDate = "2026-11-17",
        attendedMinutes = 90,
        prepMinutes = 0,
        expenses,
        recognition = "payment",
    };

    private static object CarMiles(decimal miles) => new { categoryCode = "mileage-car", miles };

    private static long MileagePence(JsonObject priced) =>
        priced["lines"]!.AsArray().Where(l => (string?)l!["code"] == "mileage-car").Sum(l => (long)l!["amountPence"]!);

    [Fact]
    public async Task Miles_and_hours_read_back_as_claimed_on_get_list_and_replay()
    {
        await app.RegisterPerson("miles.hours@example.org");
        var person = app.As(Roles.CoProducer, "miles.hours@example.org");
        var body = MeetingWith(CarMiles(12.3m), new { categoryCode = "carer-cover", amountPence = 2250, hours = 1.5m, hasReceipt = true });

        var submitted = await person.SubmitOk(body, key: "miles-hours-1");
        var id = (Guid)submitted["id"]!;
        var got = (await person.GetFromJsonAsync<JsonObject>($"/api/v1/claims/{id}"))!;
        var listed = (await person.GetFromJsonAsync<JsonObject>("/api/v1/claims"))!["items"]!.AsArray().Single(c => (Guid)c!["id"]! == id)!.AsObject();
        var replayed = await person.SubmitOk(body, key: "miles-hours-1");

        foreach (var claim in new[] { submitted, got, listed, replayed })
        {
            var expenses = claim["expenses"]!.AsArray();
            Assert.Equal(12.3m, (decimal)expenses[0]!["miles"]!);
            Assert.Equal(1.5m, (decimal)expenses[1]!["hours"]!);
        }
    }

    [Fact]
    public async Task After_9990_miles_the_next_20_are_10_at_45p_and_10_at_25p()
    {
        await app.RegisterPerson("long.drives@example.org");
        var person = app.As(Roles.CoProducer, "long.drives@example.org");
        await person.SubmitOk(MeetingWith(CarMiles(9990)));

        var next = await person.SubmitOk(MeetingWith(CarMiles(20)));

        Assert.Equal((10 * 45) + (10 * 25), MileagePence(next));
    }

    /// <summary>
    /// However a tax year's miles are split into claims, the claims together are paid exactly what one claim for
    /// all of them would be, to the penny.
    /// </summary>
    [Fact]
    public async Task Any_sequence_of_mileage_claims_is_priced_as_one_claim_of_the_same_miles() =>
        await Gen.Long[1, 60_000].Array[1, 4].SampleAsync(
            async tenths =>
            {
                var email = $"driver-{Guid.NewGuid():N}@example.org";
                await app.RegisterPerson(email);
                var person = app.As(Roles.CoProducer, email);
                long paid = 0;
                foreach (var claim in tenths)
                {
                    paid += MileagePence(await person.SubmitOk(MeetingWith(CarMiles(claim / 10m))));
                }

                var quote = await app.As(Roles.Staff).PostAsJsonAsync("/api/v1/quotes", MeetingWith(CarMiles(tenths.Sum() / 10m)));
                var whole = MileagePence((await quote.Content.ReadFromJsonAsync<JsonObject>())!);

                Assert.Equal(whole, paid);
            },
            iter: 25,
            threads: 1);
}
