using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Security;

/// <summary>
/// Every page × every role, signed in with the page cookie as a browser is: the roles a page names open it, every
/// other role gets the 403 the API gives a role a route does not name, and nobody signed in is sent to sign in (the
/// API's 401). A page missing from this table fails the last test, so new pages must say who may open them.
/// </summary>
public sealed partial class PageRoleMatrixTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    private const string Anonymous = "anonymous";

    private static readonly string[] Everyone = [.. Roles.All];

    private static readonly string[] Nobody = [];

    private static readonly ConcurrentDictionary<(RecognitionPayApp, string), HttpClient> Browsers = new();

    /// <summary>Each page's path (placeholders as the route names them), the roles that may open it, and the API route with the same rule.</summary>
    public static readonly (string Path, string[] Allowed, string? Api)[] Pages =
    [
        ("/", Everyone, "/api/v1/me"),
        ("/help", Nobody, null),
        ("/sign-in/{token}", Nobody, null),
        ("/sign-out", Nobody, null),
        ("/problem/{code}", Nobody, null),
        ("/claim/activity", [Roles.CoProducer, Roles.Staff], null),
        ("/claim/when", [Roles.CoProducer, Roles.Staff], null),
        ("/claim/how-long", [Roles.CoProducer, Roles.Staff], null),
        ("/claim/preparation", [Roles.CoProducer, Roles.Staff], null),
        ("/claim/travel", [Roles.CoProducer, Roles.Staff], null),
        ("/claim/travel-details", [Roles.CoProducer, Roles.Staff], null),
        ("/claim/travel-time", [Roles.CoProducer, Roles.Staff], null),
        ("/claim/other-costs", [Roles.CoProducer, Roles.Staff], null),
        ("/claim/cost-amounts", [Roles.CoProducer, Roles.Staff], null),
        ("/claim/receipts", [Roles.CoProducer, Roles.Staff], null),
        ("/claim/thanks", [Roles.CoProducer, Roles.Staff], null),
        ("/claim/check", [Roles.CoProducer, Roles.Staff], null),
        ("/claim/sent/{id}", [Roles.CoProducer, Roles.Staff], null),
        ("/claim/for/{id}", [Roles.Staff], null),
        ("/claim/correct/{id}", [Roles.CoProducer], null),
        ("/claim/receipt/{id}", [Roles.CoProducer, Roles.Staff], "/api/v1/claims/{id}/receipts/{id}"),
        ("/my-payments", [Roles.CoProducer], null),
        ("/my-statement/{taxYear}", [Roles.CoProducer], null),
        ("/claims", [Roles.Staff], null),
        ("/claims/{id}", [Roles.Staff], null),
        ("/people/{id}/sign-in-link", [Roles.Staff], null),
        ("/people", [Roles.Staff], "/api/v1/people"),
        ("/people/new", [Roles.Staff], null),
        ("/people/{id}", [Roles.Staff], null),
        ("/people/{id}/benefits", [Roles.Staff], null),
        ("/people/{id}/payment-details", [Roles.Staff], null),
        ("/activities", [Roles.Staff], null),
        ("/activities/new", [Roles.Staff], null),
        ("/payment-runs", [Roles.Finance], "/api/v1/batches"),
        ("/payment-runs/new", [Roles.Finance], "/api/v1/batches/preview"),
        ("/payment-runs/{id}", [Roles.Finance], "/api/v1/batches/{id}"),
        ("/payment-runs/{id}/file/{format}", [Roles.Finance], "/api/v1/batches/{id}/export?format=csv"),
        ("/payment-runs/{id}/items/{itemId}/failed", [Roles.Finance], null),
        ("/reports", [Roles.Finance], "/api/v1/reports/unpaid-payees"),
        ("/reports/{report}.csv", [Roles.Finance], "/api/v1/reports/unpaid-payees"),
        ("/ledger", [Roles.Finance], "/api/v1/ledger/trial-balance"),
        ("/ledger/entries", [Roles.Finance], "/api/v1/ledger/entries"),
        ("/policy/{version}", [Roles.PolicyOwner], null),
        ("/policy/new", [Roles.PolicyOwner], null),
        ("/audit", [Roles.Admin], null),
    ];

    public static TheoryData<string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (path, allowed, _) in Pages.Where(p => p.Allowed.Length > 0))
            {
                foreach (var role in Roles.All.Append(Anonymous))
                {
                    data.Add(path, role);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_page_opens_for_exactly_the_roles_it_names_and_refuses_others_as_the_API_does(string path, string role)
    {
        var (_, allowed, api) = Pages.Single(p => p.Path == path);
        var browser = role == Anonymous ? app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }) : await SignedInAsync(role);

        var response = await browser.GetAsync(Concrete(path));

        if (role == Anonymous)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/sign-in", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }
        else if (allowed.Contains(role))
        {
            Assert.True(response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden), $"{role} should open {path}, got {(int)response.StatusCode}");
        }
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var page = await response.Content.ReadAsStringAsync();
            Assert.Contains("You cannot use this page", page, StringComparison.Ordinal);
            Assert.Contains($"As {role} you may not do this", page, StringComparison.Ordinal);
        }

        if (api is not null && role != Anonymous)
        {
            var answer = await app.As(role, Email(role)).GetAsync(Concrete(api));
            Assert.Equal(response.StatusCode == HttpStatusCode.Forbidden, answer.StatusCode == HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public void Every_page_is_in_the_matrix()
    {
        var mapped = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<CompiledPageActionDescriptor>() is not null || e.Metadata.OfType<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>().Any())
            .Select(e => Placeholder().Replace("/" + e.RoutePattern.RawText!.TrimStart('/'), "{$1}"))
            .ToHashSet();

        Assert.Equal(Pages.Select(p => p.Path).Order(), mapped.Order());
    }

    private static string Email(string role) => $"page.matrix.{role.ToLowerInvariant()}@council.example";

    private static string Concrete(string path) => path
        .Replace("{id}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
        .Replace("{itemId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
        .Replace("{taxYear}", "2026", StringComparison.Ordinal)
        .Replace("{format}", "csv", StringComparison.Ordinal)
        .Replace("{report}", "unpaid-payees", StringComparison.Ordinal)
        .Replace("{version}", "2026-04", StringComparison.Ordinal);

    private async Task<HttpClient> SignedInAsync(string role) =>
        Browsers.TryGetValue((app, role), out var known) ? known : Browsers.GetOrAdd((app, role), await PageClient.SignedInAsync(app, Email(role), role));

    [GeneratedRegex(@"\{(\w+)(:[^}]*(\([^)]*\))?[^}]*)?\??\}")]
    private static partial Regex Placeholder();
}
