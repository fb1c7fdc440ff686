using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace RecognitionPay.LoadTest;

/// <summary>
/// The claims the load submits: co-producers registered by staff through POST /api/v1/people, then, for each request,
/// a meeting a few days ago (90 minutes, 60 of preparation, a 640p bus fare with a receipt, as the tests'
/// Scenario.Meeting) with a fresh Idempotency-Key, as that co-producer or as staff naming personId. The people
/// and dates go round in turn, so every person gets the same share of claims.
/// </summary>
public sealed class ClaimScenario
{
    public const string StaffEmail = "load.staff@council.example";

    private readonly IReadOnlyList<(Guid Id, string Email, AuthenticationHeaderValue Token)> _people;
    private readonly AuthenticationHeaderValue _staff;
    private readonly bool _asStaff;
    private readonly string[] _dates;

    private ClaimScenario(IReadOnlyList<(Guid, string, AuthenticationHeaderValue)> people, AuthenticationHeaderValue staff, bool asStaff)
    {
        _people = people;
        _staff = staff;
        _asStaff = asStaff;
        var today = LondonToday();
        _dates = [.. Enumerable.Range(2, 7).Select(days => today.AddDays(-days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))];
    }

    public string Dates => $"{_dates[^1]} to {_dates[0]}";

    /// <summary>Registers the people (8 at a time; not measured) and makes their tokens.</summary>
    public static async Task<ClaimScenario> PrepareAsync(HttpClient service, string signingKey, int people, bool asStaff, CancellationToken cancellationToken)
    {
        var staff = Bearer(LocalToken.Create(signingKey, StaffEmail, "Staff", TimeSpan.FromHours(12)));
        var registered = new (Guid, string, AuthenticationHeaderValue)[people];
        await Parallel.ForAsync(0, people, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (i, token) =>
        {
            var email = $"load.person{i:D5}@example.org";
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/people") { Content = JsonBody(Person(email)) };
            request.Headers.Authorization = staff;
            using var response = await service.SendAsync(request, token);
            var text = await response.Content.ReadAsStringAsync(token);
            if (response.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"Registering {email} answered {(int)response.StatusCode}: {text}");
            }

            var id = Guid.Parse(JsonNode.Parse(text)!["id"]!.GetValue<string>());
            registered[i] = (id, email, Bearer(LocalToken.Create(signingKey, email, "CoProducer", TimeSpan.FromHours(12))));
        });
        return new ClaimScenario(registered, staff, asStaff);
    }

    /// <summary>For the baseline alone, which reads no token and knows no person: made-up people, the same bodies.</summary>
    public static ClaimScenario Offline(int people, bool asStaff)
    {
        var staff = Bearer(LocalToken.Create("not-checked-by-the-baseline-0123456789", StaffEmail, "Staff", TimeSpan.FromHours(12)));
        return new ClaimScenario([.. Enumerable.Range(0, people).Select(i => (Guid.CreateVersion7(), $"load.person{i:D5}@example.org", staff))], staff, asStaff);
    }

    /// <summary>The n-th claim, to POST to path: the service's /api/v1/claims, or the baseline's /baseline.</summary>
    public HttpRequestMessage Claim(long n, string path)
    {
        var (id, _, token) = _people[(int)(n % _people.Count)];
        var personId = _asStaff ? $"\"personId\":\"{id}\"," : "";
        var date = _dates[(int)(n / _people.Count % _dates.Length)];
        var body = $$"""{{{personId}}"activityTypeCode":"meeting","activityDate":"{{date}}","attendedMinutes":90,"prepMinutes":60,"expenses":[{"categoryCode":"public-transport","amountPence":640,"hasReceipt":true}],"recognition":"payment"}""";
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonBody(body) };
        request.Headers.Authorization = _asStaff ? _staff : token;
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return request;
    }

    private static string Person(string email) => new JsonObject
    {
        ["displayName"] = $"Load {email}",
        ["email"] = email,
        ["paymentMethod"] = "bank-transfer",
        ["bankAccount"] = new JsonObject { ["accountName"] = "A Person", ["sortCode"] = "12-34-56", ["accountNumber"] = "12345678" },
        ["benefits"] = new JsonArray(),
        ["overCapChoice"] = "defer",
        ["eligibleForPayment"] = true,
    }.ToJsonString();

    private static ByteArrayContent JsonBody(string json)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    /// <summary>Today in Europe/London, as the service decides what "after the activity" and the 90-day deadline mean.</summary>
    private static DateOnly LondonToday()
    {
        var london = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/London", out var zone) ? zone : TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, london).DateTime);
    }
}
