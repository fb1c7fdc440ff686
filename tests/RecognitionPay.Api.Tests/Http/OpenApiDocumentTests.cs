using System.Text.Json.Nodes;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Http;

/// <summary>
/// The OpenAPI document describes every route with its roles, responses and problems. The test also leaves a copy in
/// artifacts/openapi.json, which .ci/run lints with Redocly.
/// </summary>
public sealed class OpenApiDocumentTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    [Fact]
    public async Task Every_route_is_described_with_its_security_and_problem_responses()
    {
        var text = await app.Anonymous().GetStringAsync("/swagger/v1/swagger.json");
        var document = JsonNode.Parse(text)!.AsObject();
        Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "artifacts"));
        await File.WriteAllTextAsync(Path.Combine(RepositoryPaths.Root, "artifacts", "openapi.json"), text);

        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => (Path: path.Key, Method: op.Key, Operation: op.Value!.AsObject())))
            .ToList();
        Assert.Contains(operations, o => o.Path == "/api/v1/quotes" && o.Method == "post");
        Assert.Contains(operations, o => o.Path == "/api/v1/policies" && o.Method == "post");
        Assert.Contains(operations, o => o.Path == "/api/v1/policies/in-force" && o.Method == "get");
        foreach (var (path, method, operation) in operations)
        {
            Assert.False(string.IsNullOrEmpty((string?)operation["summary"]), $"{method} {path} has no summary");
            Assert.False(string.IsNullOrEmpty((string?)operation["operationId"]), $"{method} {path} has no operationId");
            if (path == "/health")
            {
                Assert.Empty(operation["security"]!.AsArray());
                continue;
            }

            Assert.NotEmpty(operation["security"]!.AsArray());
            Assert.StartsWith("Roles: ", (string?)operation["description"], StringComparison.Ordinal);
            var responses = operation["responses"]!.AsObject();
            Assert.True(responses.ContainsKey("401") && responses.ContainsKey("403"), $"{method} {path} does not describe 401 and 403");
            if (method is "post" or "put" or "patch" or "delete")
            {
                Assert.True(responses.ContainsKey("413") && responses.ContainsKey("429"), $"{method} {path} does not describe 413 and 429");
            }
        }
    }
}
