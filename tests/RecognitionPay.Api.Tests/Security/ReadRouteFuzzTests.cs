using System.Net;
using CsCheck;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Security;

/// <summary>
/// Random and hostile query strings and ids to every read route as every role: never a 5xx, a bad parameter is a
/// problem (RFC 9457) with no stack trace, and no read changes a row but the audit of a file or receipt taken.
/// </summary>
public sealed class ReadRouteFuzzTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    private static readonly string[] ParameterNames =
        ["page", "pageSize", "status", "personId", "from", "to", "format", "paymentDate", "taxYear", "q", "on", "entityType", "entityId", "actor", "PAGE", "page[]"];

    private static readonly string[] ParameterValues =
    [
        "", "1", "0", "-1", "2", "200", "201", "2147483647", "2147483648", "99999999999999999999", "1.5", "1e3", "abc", "%00", "%", "%ZZ",
        "%E9", "%C3%A9", "%F0%9F%98%80", "%ED%A0%80", "2026-11-20", "2026-02-30", "9999-12-31", "0001-01-01", "-2026-01-01", "2026",
        "2026-13", "Submitted", "submitted", "Paid", "999", "csv", "bacs18", "pain001", "vouchers", "pdf", "../../etc/passwd",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "'%20OR%201%3D1%20--", "00000000-0000-0000-0000-000000000000", "Claim", "PaymentRun",
        new string('x', 3_000),
    ];

    private static readonly Gen<string> Query = Gen.Select(Gen.OneOf(ParameterNames), Gen.OneOf(ParameterValues), (name, value) => $"{name}={value}")
        .Array[0, 5].Select(pairs => pairs.Length == 0 ? "" : "?" + string.Join("&", pairs));

    [Fact]
    public async Task Hostile_query_strings_to_every_read_route_as_every_role_are_never_a_5xx_and_change_nothing()
    {
        var reads = RoleMatrixTests.Routes.Where(r => r.Method == "GET").ToArray();
        var (person, claim, other, run) = await app.OneOfEach("read.fuzz@example.org");
        string[] ids = [person.ToString(), claim.ToString(), other.ToString(), (string)run["id"]!, Guid.NewGuid().ToString(), "2026-04", "not-a-guid", "..", "%C3%A9"];
        var before = await app.EveryTableCount();

        await Gen.Select(Gen.Int[0, reads.Length - 1], Gen.OneOf([.. Roles.All]), Query, Gen.OneOf(ids), Gen.OneOf(ids))
            .SampleAsync(
                async (route, role, query, id, receiptId) =>
                {
                    var (_, template, _) = reads[route];
                    var path = template.Replace("{id}", id, StringComparison.Ordinal).Replace("{receiptId}", receiptId, StringComparison.Ordinal).Replace("{version}", id, StringComparison.Ordinal) + query;

                    var response = await app.As(role, role == Roles.CoProducer ? "read.fuzz@example.org" : $"read.fuzz.{role.ToLowerInvariant()}@council.example").GetAsync(path);

                    var status = (int)response.StatusCode;
                    var answer = await response.Content.ReadAsStringAsync();
                    Assert.True(status < 500, $"GET {path} as {role} answered {status}: {answer}");
                    Assert.DoesNotContain("   at ", answer, StringComparison.Ordinal);
                    if (response.StatusCode == HttpStatusCode.BadRequest)
                    {
                        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"GET {path} as {role} answered 400 as {response.Content.Headers.ContentType}: {answer}");
                    }
                },
                iter: 600,
                threads: 1);

        Assert.Equal(before, await app.EveryTableCount());
    }
}
