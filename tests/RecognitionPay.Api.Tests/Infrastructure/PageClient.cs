using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using RecognitionPay.Api.Security;

namespace RecognitionPay.Api.Tests.Infrastructure;

/// <summary>An HTTP client that keeps cookies, signed in to the pages with a one-time link as a browser would be.</summary>
public static partial class PageClient
{
    public static async Task<HttpClient> SignedInAsync(RecognitionPayApp app, string email, string role)
    {
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var link = SignInLinks.PathFor(SignInLinks.Create(new(System.Text.Encoding.UTF8.GetBytes(RecognitionPayApp.SigningKey)), email, role, app.Clock.GetCurrentInstant()).Token);
        var form = await browser.GetStringAsync(link);
        var signedIn = await browser.PostAsync(link, new FormUrlEncodedContent([new("__RequestVerificationToken", AntiforgeryToken(form))]));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return browser;
    }

    /// <summary>A signed-in browser for every role: the co-producer <paramref name="coProducer"/>, the others staff of the council named after <paramref name="prefix"/>.</summary>
    public static async Task<Dictionary<string, HttpClient>> EveryRoleAsync(RecognitionPayApp app, string coProducer, string prefix)
    {
        var browsers = new Dictionary<string, HttpClient>();
        foreach (var role in Roles.All)
        {
            browsers[role] = await SignedInAsync(app, role == Roles.CoProducer ? coProducer : $"{prefix}.{role.ToLowerInvariant()}@council.example", role);
        }

        return browsers;
    }

    /// <summary>The antiforgery token a page's form carries, to send back with it.</summary>
    public static string AntiforgeryToken(string page) => Antiforgery().Match(page).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
