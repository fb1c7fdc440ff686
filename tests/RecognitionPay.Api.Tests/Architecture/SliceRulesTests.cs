using System.Reflection;
using RecognitionPay.Api.Pipeline;

namespace RecognitionPay.Api.Tests.Architecture;

/// <summary>
/// Vertical slices stay apart: a feature folder uses only its own types and the shared ones (Shared, PolicyLanguage,
/// Http, Pipeline, Data, Security, the domain); only the composition root (Hosting, Program) knows every slice. Every
/// command is validated and every slice's routes are mapped. Each rule is also shown failing on a fixture built to
/// break it, so a rule that can no longer fail is noticed.
/// </summary>
public sealed class SliceRulesTests
{
    private const string Features = "RecognitionPay.Api.Features";
    private const string FixtureRoot = "RecognitionPay.Api.Tests.Architecture.Fixture";
    private const string FixtureFeatures = FixtureRoot + ".Features";

    private static readonly Assembly Api = typeof(AuditTrail).Assembly;
    private static readonly Assembly Fixture = typeof(SliceRulesTests).Assembly;
    private static readonly string[] CompositionRoot = ["RecognitionPay.Api.Hosting", "Program"];

    [Fact]
    public void No_feature_folder_uses_another_feature_folders_types() =>
        None(SliceRules.CrossSliceReferences(Api, Features));

    [Fact]
    public void Nothing_outside_the_feature_folders_but_the_composition_root_uses_a_feature() =>
        None(SliceRules.ReachesIntoSlices(Api, Features, CompositionRoot));

    [Fact]
    public void Every_command_has_a_validator() =>
        None(SliceRules.CommandsWithoutValidator(Api, "RecognitionPay.Api"));

    [Fact]
    public void Every_slices_Map_is_called() =>
        None(SliceRules.MapsNeverCalled(Api, Features));

    [Fact]
    public void A_reference_from_one_slice_into_another_is_found() =>
        Assert.Equal([$"{FixtureFeatures}.Alpha.ReachesIntoBeta"], SliceRules.CrossSliceReferences(Fixture, FixtureFeatures));

    [Fact]
    public void A_shared_type_using_a_slice_is_found() =>
        Assert.Contains($"{FixtureRoot}.SharedHelperUsingASlice", SliceRules.ReachesIntoSlices(Fixture, FixtureFeatures, []));

    [Fact]
    public void A_command_without_a_validator_is_found() =>
        Assert.Equal([$"{FixtureFeatures}.Alpha.UncheckedCommand"], SliceRules.CommandsWithoutValidator(Fixture, FixtureRoot));

    [Fact]
    public void A_Map_nothing_calls_is_found() =>
        Assert.Equal(
            ["System.Void RecognitionPay.Api.Tests.Architecture.Fixture.Features.Beta.ForgottenRoutes::Map(Microsoft.AspNetCore.Routing.RouteGroupBuilder)"],
            SliceRules.MapsNeverCalled(Fixture, FixtureFeatures));

    private static void None(IReadOnlyList<string> found) =>
        Assert.True(found.Count == 0, $"Breaks the rule:{Environment.NewLine}{string.Join(Environment.NewLine, found)}");
}
