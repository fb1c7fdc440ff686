using RecognitionPay.Api.PolicyLanguage;
namespace RecognitionPay.Api.Features.Policies;

/// <summary>A stored document answered as JSON, or as YAML when the caller's Accept header asks for it.</summary>
internal static class PolicyDocumentResult
{
    public static IResult For(HttpRequest request, string storedJson) =>
        PolicyDocumentFormat.IsYaml(request.Headers.Accept.ToString())
            ? TypedResults.Text(PolicyDocumentFormat.JsonToYaml(storedJson), "application/yaml")
            : TypedResults.Text(storedJson, "application/json");
}
