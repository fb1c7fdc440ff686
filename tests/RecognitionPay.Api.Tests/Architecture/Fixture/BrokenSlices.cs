using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RecognitionPay.Api.Pipeline;

// A fixture that breaks each slice rule once, so SliceRulesTests can show every rule failing where it should.
namespace RecognitionPay.Api.Tests.Architecture.Fixture.Features.Alpha
{
    /// <summary>Reaches into another slice: the reference the rule exists to refuse.</summary>
    public static class ReachesIntoBeta
    {
        public static string Name() => Beta.BetaView.Describe();
    }

    /// <summary>A command no validator checks.</summary>
    public sealed record UncheckedCommand(Guid Id) : ICommand<int>;
}

namespace RecognitionPay.Api.Tests.Architecture.Fixture.Features.Beta
{
    public static class BetaView
    {
        public static string Describe() => nameof(BetaView);
    }

    /// <summary>A slice whose routes nothing maps.</summary>
    public static class ForgottenRoutes
    {
        public static void Map(RouteGroupBuilder group) => group.MapGet("/", () => "never mapped");
    }
}

namespace RecognitionPay.Api.Tests.Architecture.Fixture
{
    /// <summary>Outside the feature folders, yet using one: as a shared helper must not.</summary>
    public static class SharedHelperUsingASlice
    {
        public static string Name() => Features.Beta.BetaView.Describe();
    }
}
