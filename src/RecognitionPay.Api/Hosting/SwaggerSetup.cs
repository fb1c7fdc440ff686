using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using NodaTime;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace RecognitionPay.Api.Hosting;

/// <summary>The OpenAPI document: every route with its request, response and problem schemas, and bearer security.</summary>
public static class SwaggerSetup
{
    private const string Bearer = "bearer";

    public static IServiceCollection AddRecognitionPaySwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "RecognitionPay",
                Version = "v1",
                Description = "Involvement payments and expenses for co-producers, priced under a council's published recognition policy.",
                License = new OpenApiLicense { Name = "Proprietary", Url = new Uri("https://example.org/recognitionpay/licence") },
            });
            options.AddSecurityDefinition(Bearer, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = Bearer,
                BearerFormat = "JWT",
                Description = "A bearer token: in Local mode, from `dotnet run --project src/RecognitionPay.Api -- token --email <email> --role <Role>`.",
            });
            options.MapType<LocalDate>(() => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" });
            options.MapType<LocalDate?>(() => new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Format = "date" });
            options.MapType<Instant>(() => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" });
            options.CustomSchemaIds(SchemaId);
            options.OperationFilter<SecurityPerOperation>();
            options.DocumentFilter<TagDescriptions>();
        });
        return services;
    }

    /// <summary>Readable, unique schema names: ListAudit+AuditView is "ListAuditAuditView", Paged&lt;ClaimView&gt; "PagedOfClaimView".</summary>
    private static string SchemaId(Type type)
    {
        var name = type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;
        var outer = type.IsNested && type.DeclaringType is { } declaring ? SchemaId(declaring) : "";
        var arguments = type.IsGenericType ? "Of" + string.Join("And", type.GetGenericArguments().Select(SchemaId)) : "";
        return outer + name + arguments;
    }

    /// <summary>The server the document was fetched from, so clients and linters know where the API lives.</summary>
    public static void UseRecognitionPaySwagger(this WebApplication app)
    {
        app.UseSwagger(options => options.PreSerializeFilters.Add((document, request) =>
            document.Servers = [new OpenApiServer { Url = $"{request.Scheme}://{request.Host.Value}{request.PathBase}" }]));
        app.UseSwaggerUI();
    }

    /// <summary>Routes that need a token say so; anonymous ones (health) say they need none.</summary>
    private sealed class SecurityPerOperation : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var anonymous = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();
            operation.Security = anonymous
                ? []
                : [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, context.Document)] = [] }];
        }
    }

    private sealed class TagDescriptions : IDocumentFilter
    {
        private static readonly Dictionary<string, string> Descriptions = new()
        {
            ["Health"] = "Whether the service and its database answer.",
            ["Policies"] = "Published versions of the recognition policy: rates, rules and limits, effective from a date.",
            ["Quotes"] = "What a claim would pay under the policy in force, before anything is claimed.",
            ["People"] = "Co-producers: how they are paid and the benefits they declare. Bank details are always masked.",
            ["Activities"] = "Meetings, panels and workshops that co-producers take part in.",
            ["Claims"] = "Claims for an activity: submitted, priced, then approved, rejected, returned or withdrawn.",
            ["Ledger"] = "The double-entry ledger every approved penny is posted to.",
            ["Audit"] = "Who changed what, and when.",
            ["Payment runs"] = "Approved claims gathered into runs that finance pays, exports for the bank and reconciles.",
            ["Calendars"] = "England and Wales bank holidays: no payment date falls on one.",
            ["Reports"] = "Reports for finance, such as who crossed the tax-year trading allowance.",
        };

        public void Apply(OpenApiDocument document, DocumentFilterContext context)
        {
            foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
            {
                if (tag.Name is { } name && Descriptions.TryGetValue(name, out var description))
                {
                    tag.Description = description;
                }
            }
        }
    }
}
