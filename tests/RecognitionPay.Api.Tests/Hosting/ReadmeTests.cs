using System.Text.Json;
using System.Text.RegularExpressions;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Hosting;

/// <summary>The README, as a new user follows it: the people it names exist in the demo data, and it names them all.</summary>
public sealed partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));

    private static readonly string[] DemoPeople = [.. JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "seeds", "demo.json")))
        .RootElement.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("email").GetString()!)];

    [Fact]
    public void Every_demo_person_is_in_the_readme() =>
        Assert.All(DemoPeople, email => Assert.Contains($"`{email}`", Readme, StringComparison.Ordinal));

    [Fact]
    public void Every_co_producer_email_the_readme_uses_is_a_demo_person() =>
        Assert.All(CoProducerEmail().Matches(Readme).Select(m => m.Value).Distinct(), email => Assert.Contains(email, DemoPeople));

    [GeneratedRegex(@"[a-z.]+@example\.org")]
    private static partial Regex CoProducerEmail();
}
