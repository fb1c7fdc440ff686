using System.Net;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Security;

/// <summary>Who may read what: every role reads policies; nobody without a token does; health is open.</summary>
public sealed class RouteAccessTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    private static readonly string[] PolicyReads = ["/api/v1/policies", "/api/v1/policies/2026-04", "/api/v1/policies/in-force?on=2026-06-01"];

    public static TheoryData<string, string> EveryRoleAndRead
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var role in Roles.All)
            {
                foreach (var path in PolicyReads)
                {
                    data.Add(role, path);
                }
            }

            return data;
        }
    }

    public static TheoryData<string> Reads => new(PolicyReads);

    [Theory]
    [MemberData(nameof(EveryRoleAndRead))]
    public async Task Every_role_may_read_policies(string role, string path)
    {
        var response = await app.As(role).GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Reading_policies_needs_a_token(string path)
    {
        var response = await app.Anonymous().GetAsync(path);

        await response.AssertProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var client = app.Anonymous();
        var stranger = new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes("another-key-that-is-also-long-enough-for-hs256"));
        var token = LocalTokens.Create(stranger, "x@y.z", Roles.Admin, NodaTime.SystemClock.Instance.GetCurrentInstant(), NodaTime.Duration.FromHours(1));
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var response = await client.GetAsync("/api/v1/policies");

        await response.AssertProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Health_is_open_and_answers_when_the_database_does()
    {
        var response = await app.Anonymous().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(TestDatabase.OnPostgreSql || File.Exists(app.DatabaseFile), "The service should use the SQLite file the test configured.");
    }
}
