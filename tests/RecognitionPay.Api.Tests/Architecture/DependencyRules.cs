using System.Reflection;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Tests.Architecture;

/// <summary>The domain stays pure: it references NodaTime and the framework, nothing else.</summary>
public sealed class DependencyRules
{
    private static readonly Assembly Domain = typeof(Money).Assembly;

    [Fact]
    public void The_domain_references_only_NodaTime_and_the_framework()
    {
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references, name => Assert.True(
            name == "NodaTime" || name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib",
            $"The domain must not reference {name}."));
    }

    [Theory]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Hangfire")]
    [InlineData("MediatR")]
    [InlineData("FluentValidation")]
    public void The_domain_knows_nothing_of_the_host(string forbidden)
    {
        var uses = Domain.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic).Select(f => f.FieldType)
                .Concat(t.GetProperties().Select(p => p.PropertyType))
                .Concat(t.GetInterfaces())
                .Append(t.BaseType ?? typeof(object)))
            .Where(type => type.Namespace?.StartsWith(forbidden, StringComparison.Ordinal) == true);

        Assert.Empty(uses);
    }
}
