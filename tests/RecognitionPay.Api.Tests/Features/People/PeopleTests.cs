using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Tests.Features.People;

public sealed class PeopleTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    private readonly HttpClient _staff = app.As(Roles.Staff, Scenario.StaffEmail);

    [Fact]
    public async Task Bank_details_are_encrypted_at_rest_and_masked_in_every_answer()
    {
        var id = await app.RegisterPerson("una@example.org");

        var person = await _staff.GetFromJsonAsync<JsonObject>($"/api/v1/people/{id}");
        var own = await app.As(Roles.CoProducer, "una@example.org").GetFromJsonAsync<JsonObject>($"/api/v1/people/{id}");

        foreach (var view in new[] { person!, own! })
        {
            Assert.Equal("**-**-56", (string?)view["bankAccount"]!["sortCode"]);
            Assert.Equal("****5678", (string?)view["bankAccount"]!["accountNumber"]);
            Assert.DoesNotContain("12345678", view.ToJsonString(), StringComparison.Ordinal);
        }

        var stored = await app.InDatabase(db => db.People.AsNoTracking().SingleAsync(p => p.Id == new PersonId(id)));
        Assert.DoesNotContain("12345678", stored.SealedBankAccount, StringComparison.Ordinal);
        Assert.DoesNotContain("123456", stored.SealedBankAccount, StringComparison.Ordinal);
        using var scope = app.Services.CreateScope();
        var unsealed = scope.ServiceProvider.GetRequiredService<BankDetailsProtector>().Unseal(stored.SealedBankAccount!);
        Assert.Equal(("123456", "12345678"), (unsealed.SortCode, unsealed.AccountNumber));
        var audit = await app.InDatabase(db => db.AuditEntries.Where(a => a.EntityId == id.ToString()).Select(a => a.After).ToListAsync());
        Assert.All(audit, after => Assert.DoesNotContain("12345678", after, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_keys_that_encrypt_bank_details_are_persisted_so_a_restart_can_read_them()
    {
        await app.RegisterPerson("vic@example.org");

        if (TestDatabase.OnPostgreSql)
        {
            Assert.NotEmpty(await app.InDatabase(db => db.DataProtectionKeys.ToListAsync()));
        }
        else
        {
            Assert.NotEmpty(Directory.EnumerateFiles(app.KeysDirectory, "key-*.xml"));
        }
    }

    [Fact]
    public async Task A_co_producer_sees_only_themself()
    {
        var other = await app.RegisterPerson("wyn@example.org");
        await app.RegisterPerson("xan@example.org");
        var xan = app.As(Roles.CoProducer, "xan@example.org");

        await (await xan.GetAsync($"/api/v1/people/{other}")).AssertProblem(HttpStatusCode.NotFound);
        await (await xan.PutAsJsonAsync($"/api/v1/people/{other}/benefits", new { benefits = Array.Empty<object>() })).AssertProblem(HttpStatusCode.NotFound);
        await (await app.As(Roles.CoProducer, "nobody@example.org").GetAsync($"/api/v1/people/{other}")).AssertProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Benefits_must_be_ones_the_policy_knows_with_limits_no_higher_than_the_law()
    {
        var id = await app.RegisterPerson("yas@example.org");
        var before = await app.Counts();

        var unknown = await _staff.PutAsJsonAsync($"/api/v1/people/{id}/benefits", new { benefits = new[] { new { kind = "lottery-win" } } });
        var tooHigh = await _staff.PutAsJsonAsync($"/api/v1/people/{id}/benefits", new { benefits = new[] { new { kind = "carers-allowance", personalLimitPence = 30000L } } });

        await unknown.AssertInvalidField("benefits[0].kind");
        await tooHigh.AssertInvalidField("benefits[0].personalLimitPence");
        Assert.Equal(before, await app.Counts());
        var ok = await _staff.PutAsJsonAsync($"/api/v1/people/{id}/benefits", new { benefits = new[] { new { kind = "carers-allowance", periodStart = "2026-04-06", personalLimitPence = 15000L } } });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var person = (await ok.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(15000, (long?)person["benefits"]![0]!["personalLimitPence"]);
    }

    [Theory]
    [InlineData("bankAccount.sortCode", "12-34-5", "12345678")]
    [InlineData("bankAccount.accountNumber", "123456", "1234567X")]
    public async Task Invalid_bank_details_are_refused_naming_the_field(string field, string sortCode, string accountNumber)
    {
        var id = await app.RegisterPerson($"bank-{Guid.NewGuid():N}@example.org");
        var before = await app.Counts();

        var response = await _staff.PutAsJsonAsync($"/api/v1/people/{id}/payment-details", new
        {
            paymentMethod = "bank-transfer",
            bankAccount = new { accountName = "Z", sortCode, accountNumber },
        });

        await response.AssertInvalidField(field);
        Assert.Equal(before, await app.Counts());
    }

    [Fact]
    public async Task Registering_an_email_twice_is_a_conflict()
    {
        await app.RegisterPerson("zed@example.org");

        var again = await _staff.PostAsJsonAsync("/api/v1/people", new { displayName = "Zed", email = "ZED@example.org", paymentMethod = "voucher" });

        await again.AssertProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Staff_find_people_by_name_or_email_a_page_at_a_time()
    {
        await app.RegisterPerson("search-one@example.org");
        await app.RegisterPerson("search-two@example.org");

        var page = await _staff.GetFromJsonAsync<JsonObject>("/api/v1/people?q=search-&page=1&pageSize=1");

        Assert.Equal(2, (int?)page!["totalCount"]);
        Assert.Single(page["items"]!.AsArray());
        await (await _staff.GetAsync("/api/v1/people?pageSize=201")).AssertInvalidField("pageSize");
    }

    [Fact]
    public async Task A_benefit_declared_twice_or_a_bank_transfer_without_an_account_is_refused_and_changes_nothing()
    {
        var id = await app.RegisterPerson("twice.yas@example.org", new { paymentMethod = "voucher", bankAccount = (object?)null });
        var before = await _staff.GetFromJsonAsync<JsonObject>($"/api/v1/people/{id}");

        var noAccount = await _staff.PutAsJsonAsync($"/api/v1/people/{id}/payment-details", new { paymentMethod = "bank-transfer" });
        await noAccount.AssertInvalidFieldInWords("bankAccount");

        var twice = await _staff.PutAsJsonAsync($"/api/v1/people/{id}/benefits", new { benefits = new[] { new { kind = "carers-allowance" }, new { kind = "carers-allowance" } } });
        await twice.AssertInvalidFieldInWords("benefits[1].kind");
        var registered = await _staff.PostAsJsonAsync("/api/v1/people", new
        {
            displayName = "Zed",
            email = "twice.zed@example.org",
            paymentMethod = "voucher",
            benefits = new[] { new { kind = "pip" }, new { kind = "carers-allowance" }, new { kind = "pip" } },
        });
        await registered.AssertInvalidFieldInWords("benefits[2].kind");

        var after = await _staff.GetFromJsonAsync<JsonObject>($"/api/v1/people/{id}");
        Assert.Equal(before!.ToJsonString(), after!.ToJsonString());
        Assert.False(await app.InDatabase(db => db.People.AnyAsync(p => p.Email == "twice.zed@example.org")));
    }
}
