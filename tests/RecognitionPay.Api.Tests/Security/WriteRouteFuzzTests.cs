using System.Net.Http.Json;
using System.Text;
using CsCheck;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Security;

/// <summary>
/// Random and hostile JSON to every write route as every role: never a 5xx, and a refusal (any 4xx) changes no row.
/// </summary>
public sealed class WriteRouteFuzzTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    private static readonly string[] FieldNames =
    [
        "activityTypeCode", "activityDate", "attendedMinutes", "prepMinutes", "travelMinutes", "expenses", "categoryCode", "amountPence",
        "miles", "hours", "hasReceipt", "recognition", "note", "personId", "activityId", "displayName", "email", "paymentMethod",
        "bankAccount", "accountName", "sortCode", "accountNumber", "benefits", "kind", "periodStart", "personalLimitPence",
        "overCapChoice", "eligibleForPayment", "title", "date", "plannedMinutes", "prepAllowanceMinutes", "reason", "paymentDate",
        "version", "effectiveFrom", "rounding", "activityTypes", "england-and-wales", "events", "colour",
    ];

    private static readonly string[] Scalars =
    [
        "\"A\\u0001Morgan\"", "\"\\u0000\"", "\"\\uFFFE\"", "\"\\ud800\"", "\"\\u200B\"", "\"   \"", "\"\"", "\"9999-12-31\"", "\"2026-11-20\"",
        "\"1999-01-01\"", "\"90\"", "-1", "0", "90", "1e308", "99999999999999999999", "1.55", "true", "false", "null", "\"meeting\"",
        "\"mileage-car\"", "\"bank-transfer\"", "\"none\"", "\"payment\"", "\"decline\"", "\"carers-allowance\"", "\"12-34-56\"",
        "\"12345678\"", "\"fuzz@example.org\"", "\"2026-04\"", "\"<script>alert(1)</script>\"", "\"'; DROP TABLE claims; --\"",
        $"\"{new string('x', 2_500)}\"", "\"00000000-0000-0000-0000-000000000000\"",
    ];

    private static readonly string[] RawBodies = ["", "{", "null", "[]", "\"text\"", "{\"a\":", "[[[[[[[[[[]]]]]]]]]]", "{\"attendedMinutes\":90,}"];

    /// <summary>JSON text, written as text so that broken escapes (a lone surrogate) reach the service as sent.</summary>
    private static Gen<string> Value(int depth) => depth == 0
        ? Gen.OneOf(Scalars)
        : Gen.Frequency((4, Value(0)), (1, Object(depth - 1)), (1, Value(depth - 1).Array[0, 3].Select(items => $"[{string.Join(",", items)}]")));

    private static Gen<string> Object(int depth) => Gen.Select(Gen.OneOf(FieldNames).Array[0, 8], Value(depth).Array[8], (names, values) =>
        "{" + string.Join(",", names.Select((name, i) => $"\"{name}\":{values[i]}")) + "}");

    private static readonly Gen<string> Bodies = Gen.Frequency((8, Object(2)), (1, Gen.OneOf(RawBodies)));

    [Fact]
    public async Task Hostile_json_to_every_write_route_as_every_role_is_never_a_5xx_and_a_refusal_changes_nothing()
    {
        var writes = RoleMatrixTests.Routes.Where(r => r.Method is "POST" or "PUT").ToArray();
        var (person, claim, other, run) = await app.OneOfEach("fuzz@example.org");
        string[] ids = [person.ToString(), claim.ToString(), other.ToString(), (string)run["id"]!, (string)run["items"]![0]!["id"]!, Guid.NewGuid().ToString(), "2026-04"];

        await Gen.Select(Gen.Int[0, writes.Length - 1], Gen.OneOf([.. Roles.All]), Bodies, Gen.OneOf(ids), Gen.OneOf(ids))
            .SampleAsync(
                async (route, role, body, id, itemId) =>
                {
                    var (method, template, _) = writes[route];
                    var path = template.Replace("{id}", id, StringComparison.Ordinal).Replace("{itemId}", itemId, StringComparison.Ordinal).Replace("{version}", id, StringComparison.Ordinal);
                    var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                    request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
                    var before = await app.EveryTableCount();

                    var response = await app.As(role, role == Roles.CoProducer ? "fuzz@example.org" : $"fuzz.{role.ToLowerInvariant()}@council.example").SendAsync(request);

                    var status = (int)response.StatusCode;
                    var answer = await response.Content.ReadAsStringAsync();
                    Assert.True(status < 500, $"{method} {path} as {role} with {body} answered {status}: {answer}");
                    if (status >= 400)
                    {
                        Assert.True(before == await app.EveryTableCount(), $"{method} {path} as {role} with {body} answered {status} but changed rows");
                        Assert.DoesNotContain("   at ", answer, StringComparison.Ordinal);
                    }
                },
                iter: 800,
                threads: 1);
    }
}
