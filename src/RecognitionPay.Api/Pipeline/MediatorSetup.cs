using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using FluentValidation;
using MediatR;

namespace RecognitionPay.Api.Pipeline;

/// <summary>MediatR 5.1 with no DI package: handlers found by a Scrutor scan, behaviours in pipeline order.</summary>
public static class MediatorSetup
{
    public static IServiceCollection AddMediatorPipeline(this IServiceCollection services)
    {
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.Scan(scan => scan.FromAssemblyOf<AuditTrail>()
            .AddClasses(classes => classes.AssignableTo(typeof(IRequestHandler<,>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime());
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(RetryBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehavior<,>));
        services.AddValidatorsFromAssemblyContaining<AuditTrail>(ServiceLifetime.Singleton, includeInternalTypes: true);
        ValidatorOptions.Global.PropertyNameResolver = CamelCasePath;
        ValidationWording.Apply();
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        return services;
    }

    /// <summary>Names fields in errors as clients write them: "rounding.unitMinutes", not "Rounding.UnitMinutes".</summary>
    private static string? CamelCasePath(Type type, MemberInfo? member, LambdaExpression? expression)
    {
        var names = new List<string>();
        for (var node = expression?.Body; node is MemberExpression access; node = access.Expression)
        {
            names.Insert(0, JsonNamingPolicy.CamelCase.ConvertName(access.Member.Name));
        }

        if (names.Count == 0 && member is not null)
        {
            names.Add(JsonNamingPolicy.CamelCase.ConvertName(member.Name));
        }

        return names.Count == 0 ? null : string.Join('.', names);
    }
}
