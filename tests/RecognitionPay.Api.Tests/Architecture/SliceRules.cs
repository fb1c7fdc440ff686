using System.Reflection;
using FluentValidation;
using Mono.Cecil;
using Mono.Cecil.Cil;
using NetArchTest.Rules;
using RecognitionPay.Api.Pipeline;

namespace RecognitionPay.Api.Tests.Architecture;

/// <summary>
/// The rules that keep vertical slices apart, each answering what breaks it, so a test can show a rule failing on a
/// fixture made to break it as well as passing on the service.
/// </summary>
public static class SliceRules
{
    /// <summary>Types in one feature folder (a namespace under <paramref name="features"/>) that use another folder's types.</summary>
    public static IReadOnlyList<string> CrossSliceReferences(Assembly assembly, string features)
    {
        var slices = SlicesOf(assembly, features);
        return [.. slices.SelectMany(slice => Failing(Types.InAssembly(assembly).That().ResideInNamespace($"{features}.{slice}")
            .ShouldNot().HaveDependencyOnAny([.. slices.Where(other => other != slice).Select(other => $"{features}.{other}")])
            .GetResult()))];
    }

    /// <summary>
    /// Types outside the feature folders that use a feature's types, other than the composition root: the namespaces
    /// (or global types, such as Program) in <paramref name="composition"/> that map routes and register services.
    /// </summary>
    public static IReadOnlyList<string> ReachesIntoSlices(Assembly assembly, string features, IReadOnlyList<string> composition) =>
        [.. Failing(Types.InAssembly(assembly).That().DoNotResideInNamespace(features).ShouldNot().HaveDependencyOn(features).GetResult())
            .Where(type => !composition.Any(root => type == root || type.StartsWith(root, StringComparison.Ordinal) && type[root.Length] is '.' or '/' or '+'))];

    /// <summary>Commands (<see cref="ICommand{TResponse}"/>) under <paramref name="root"/> with no FluentValidation validator.</summary>
    public static IReadOnlyList<string> CommandsWithoutValidator(Assembly assembly, string root)
    {
        var types = assembly.GetTypes().Where(t => !t.IsAbstract && t.Namespace?.StartsWith(root, StringComparison.Ordinal) == true).ToList();
        var validated = types.SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
            .Select(i => i.GetGenericArguments()[0])
            .ToHashSet();
        return [.. types
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>)) && !validated.Contains(t))
            .Select(t => t.FullName!)];
    }

    /// <summary>Static <c>Map</c> methods of slices under <paramref name="features"/> that nothing in the assembly calls.</summary>
    public static IReadOnlyList<string> MapsNeverCalled(Assembly assembly, string features)
    {
        using var module = ModuleDefinition.ReadModule(assembly.Location);
        var types = module.Types.SelectMany(Nested).ToList();
        var maps = types.Where(t => t.Namespace.StartsWith(features, StringComparison.Ordinal) || t.DeclaringType?.Namespace.StartsWith(features, StringComparison.Ordinal) == true)
            .SelectMany(t => t.Methods.Where(m => m.IsStatic && m.IsPublic && m.Name == "Map"))
            .ToList();
        var called = types.SelectMany(t => t.Methods).Where(m => m.HasBody)
            .SelectMany(m => m.Body.Instructions)
            .Where(i => i.OpCode == OpCodes.Call && i.Operand is MethodReference)
            .Select(i => ((MethodReference)i.Operand).FullName)
            .ToHashSet(StringComparer.Ordinal);
        return [.. maps.Where(m => !called.Contains(m.FullName)).Select(m => m.FullName)];
    }

    private static IEnumerable<TypeDefinition> Nested(TypeDefinition type) => type.NestedTypes.SelectMany(Nested).Prepend(type);

    private static List<string> SlicesOf(Assembly assembly, string features) =>
        [.. assembly.GetTypes()
            .Select(t => t.Namespace)
            .Where(n => n?.StartsWith(features + ".", StringComparison.Ordinal) == true)
            .Select(n => n![(features.Length + 1)..].Split('.')[0])
            .Distinct(StringComparer.Ordinal)];

    private static List<string> Failing(TestResult result) => [.. result.FailingTypeNames ?? []];
}
