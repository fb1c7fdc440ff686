using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Tests.Security;

/// <summary>
/// Every route × every role: the roles a route names get past authorisation, every other role gets 403 and no token
/// gets 401. A route missing from this table fails the last test, so new routes must say who may call them.
/// </summary>
public sealed class RoleMatrixTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    private const string Owner = "matrix.owner@example.org";

    private static readonly string[] Everyone = [.. Roles.All];

    public static readonly (string Method, string Path, string[] Allowed)[] Routes =
    [
        ("GET", "/api/v1/policies", Everyone),
        ("GET", "/api/v1/policies/in-force", Everyone),
        ("GET", "/api/v1/policies/{version}", Everyone),
        ("POST", "/api/v1/policies", [Roles.PolicyOwner]),
        ("POST", "/api/v1/quotes", Everyone),
        ("GET", "/api/v1/me", Everyone),
        ("POST", "/api/v1/people", [Roles.Staff]),
        ("GET", "/api/v1/people", [Roles.Staff]),
        ("GET", "/api/v1/people/{id}", [Roles.CoProducer, Roles.Staff, Roles.Finance, Roles.Admin]),
        ("PUT", "/api/v1/people/{id}/benefits", [Roles.CoProducer, Roles.Staff]),
        ("PUT", "/api/v1/people/{id}/payment-details", [Roles.CoProducer, Roles.Staff]),
        ("GET", "/api/v1/people/{id}/statement", [Roles.CoProducer, Roles.Staff, Roles.Finance, Roles.Admin]),
        ("GET", "/api/v1/reports/trading-allowance", [Roles.Finance]),
        ("GET", "/api/v1/reports/unpaid-payees", [Roles.Finance]),
        ("POST", "/api/v1/activities", [Roles.Staff]),
        ("GET", "/api/v1/activities", [Roles.Staff, Roles.CoProducer]),
        ("POST", "/api/v1/claims", [Roles.CoProducer, Roles.Staff]),
        ("GET", "/api/v1/claims", [Roles.CoProducer, Roles.Staff, Roles.Finance, Roles.Admin]),
        ("GET", "/api/v1/claims/{id}", [Roles.CoProducer, Roles.Staff, Roles.Finance, Roles.Admin]),
        ("POST", "/api/v1/claims/{id}/approve", [Roles.Staff]),
        ("POST", "/api/v1/claims/{id}/reject", [Roles.Staff]),
        ("POST", "/api/v1/claims/{id}/return", [Roles.Staff]),
        ("POST", "/api/v1/claims/{id}/withdraw", [Roles.CoProducer, Roles.Staff]),
        ("POST", "/api/v1/claims/{id}/resubmit", [Roles.CoProducer, Roles.Staff]),
        ("GET", "/api/v1/claims/{id}/receipts", [Roles.CoProducer, Roles.Staff]),
        ("GET", "/api/v1/claims/{id}/receipts/{receiptId}", [Roles.CoProducer, Roles.Staff]),
        ("GET", "/api/v1/ledger/trial-balance", [Roles.Finance]),
        ("GET", "/api/v1/ledger/entries", [Roles.Finance]),
        ("GET", "/api/v1/audit", [Roles.Staff, Roles.Finance, Roles.Admin]),
        ("POST", "/api/v1/batches", [Roles.Finance]),
        ("GET", "/api/v1/batches", [Roles.Finance]),
        ("GET", "/api/v1/batches/preview", [Roles.Finance]),
        ("GET", "/api/v1/batches/{id}", [Roles.Finance]),
        ("POST", "/api/v1/batches/{id}/paid", [Roles.Finance]),
        ("POST", "/api/v1/batches/{id}/items/{itemId}/failed", [Roles.Finance]),
        ("GET", "/api/v1/batches/{id}/export", [Roles.Finance]),
        ("PUT", "/api/v1/calendars/bank-holidays", [Roles.Finance, Roles.Admin]),
    ];

    public static TheoryData<string, string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var (method, path, _) in Routes)
            {
                foreach (var role in Roles.All.Append("anonymous"))
                {
                    data.Add(method, path, role);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_route_admits_exactly_the_roles_it_names(string method, string path, string role)
    {
        var personId = await OwnerAsync();
        var client = role == "anonymous" ? app.Anonymous() : app.As(role, Owner);
        var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{id}", personId.ToString(), StringComparison.Ordinal).Replace("{version}", "2026-04", StringComparison.Ordinal).Replace("{itemId}", Guid.NewGuid().ToString(), StringComparison.Ordinal).Replace("{receiptId}", Guid.NewGuid().ToString(), StringComparison.Ordinal));
        if (method != "GET")
        {
            request.Content = JsonContent.Create(new { });
        }

        var response = await client.SendAsync(request);

        var allowed = Routes.Single(r => r.Method == method && r.Path == path).Allowed;
        if (role == "anonymous")
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
        else if (allowed.Contains(role))
        {
            Assert.True(response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden), $"{role} should pass {method} {path}, got {(int)response.StatusCode}");
        }
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public void Every_mapped_route_is_in_the_matrix()
    {
        var mapped = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (m, Normalise(e.RoutePattern.RawText!))))
            .ToHashSet();

        var listed = Routes.Select(r => (r.Method, r.Path)).ToHashSet();

        Assert.Equal(listed.Order(), mapped.Order());
    }

    private static string Normalise(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern.TrimEnd('/'), @"\{(\w+)(:[^}]*)?\}", "{$1}");

    private async Task<Guid> OwnerAsync()
    {
        var existing = await app.InDatabase(db => Task.FromResult(db.People.Where(p => p.Email == Owner).Select(p => (PersonId?)p.Id).SingleOrDefault()?.Value));
        return existing ?? await app.RegisterPerson(Owner);
    }
}
