using System.Net;
using System.Text.Json;

namespace RecognitionPay.Api.Tests.Infrastructure;

public static class ProblemAssertions
{
    /// <summary>Asserts a 400 problem+json whose errors name <paramref name="field"/>, and returns that field's messages.</summary>
    public static async Task<string[]> AssertInvalidField(this HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"Expected 400, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        var errors = json.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"Expected an error naming '{field}', got {errors}");
        return [.. messages.EnumerateArray().Select(m => m.GetString()!)];
    }

    /// <summary>
    /// Asserts a 400 naming <paramref name="field"/> whose every message speaks in words a person uses: no
    /// property name of the code ("attendedMinutes", "'Attended Minutes'"), no quoted field names.
    /// </summary>
    public static async Task<string[]> AssertInvalidFieldInWords(this HttpResponseMessage response, string field)
    {
        var messages = await response.AssertInvalidField(field);
        foreach (var message in messages)
        {
            Assert.False(System.Text.RegularExpressions.Regex.IsMatch(message, @"\b[a-z]+[A-Z]\w*|'[^']*\s[^']*'"), $"Not in words: {message}");
        }

        return messages;
    }

    public static async Task AssertProblem(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }
}
