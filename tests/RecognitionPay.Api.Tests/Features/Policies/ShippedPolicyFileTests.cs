using RecognitionPay.Api.Features.Policies;
using RecognitionPay.Api.PolicyLanguage;
using RecognitionPay.Api.Shared;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Features.Policies;

/// <summary>Every file in policies/ reads, passes every rule, and builds a domain policy.</summary>
public sealed class ShippedPolicyFileTests
{
    public static TheoryData<string> Files => new(Directory.EnumerateFiles(RepositoryPaths.Policies).Select(Path.GetFileName).OfType<string>());

    [Theory]
    [MemberData(nameof(Files))]
    public void A_shipped_policy_file_loads_and_validates(string file)
    {
        var path = Path.Combine(RepositoryPaths.Policies, file);
        var document = PolicyDocumentFormat.Read(File.ReadAllText(path), PolicyDocumentFormat.IsYaml(Path.GetExtension(path)));

        var result = new PolicyDocumentValidator().Validate(document);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")));
        var policy = document.ToPolicy();
        Assert.Equal(Path.GetFileNameWithoutExtension(file), policy.Version.Label);
        Assert.NotEmpty(policy.ActivityTypes);
    }

    [Fact]
    public void The_policy_folder_is_not_empty() => Assert.NotEmpty(Files);
}
