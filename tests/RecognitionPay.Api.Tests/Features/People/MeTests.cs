using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Features.People;

/// <summary>GET /api/v1/me: a co-producer finds their own person id; everyone sees their email and role.</summary>
public sealed class MeTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    [Fact]
    public async Task A_registered_co_producer_finds_their_own_person()
    {
        var id = await app.RegisterPerson("me.registered@example.org");

        var me = (await app.As(Roles.CoProducer, "Me.Registered@example.org").GetFromJsonAsync<JsonObject>("/api/v1/me"))!;

        Assert.Equal((id, "Person me.registered@example.org", "CoProducer"), ((Guid)me["personId"]!, (string?)me["displayName"], (string?)me["role"]));
    }

    [Fact]
    public async Task A_co_producer_nobody_registered_and_staff_see_only_their_email_and_role()
    {
        var stranger = (await app.As(Roles.CoProducer, "me.stranger@example.org").GetFromJsonAsync<JsonObject>("/api/v1/me"))!;
        var staff = (await app.As(Roles.Staff, Scenario.StaffEmail).GetFromJsonAsync<JsonObject>("/api/v1/me"))!;

        Assert.Equal(("me.stranger@example.org", "CoProducer"), ((string?)stranger["email"], (string?)stranger["role"]));
        Assert.False(stranger.ContainsKey("personId"));
        Assert.Equal((Scenario.StaffEmail, "Staff"), ((string?)staff["email"], (string?)staff["role"]));
    }
}
