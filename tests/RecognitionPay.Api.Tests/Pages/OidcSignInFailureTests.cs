using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Pages;

/// <summary>The service in Oidc mode, over HTTP only: what the pages answer when the identity provider sends someone back without signing them in.</summary>
public sealed class OidcApp : RecognitionPayApp, IAsyncLifetime
{
    public StandInIdentityProvider Provider { get; } = new();

    public Task InitializeAsync() => Provider.StartAsync();

    protected override void ConfigureAuthentication(IWebHostBuilder builder) => Provider.Configure(builder);

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Provider.DisposeAsync();
    }
}

/// <summary>A person who cancelled at the identity provider, or whom it refused, is told in a page that they are not signed in: never a failure of ours.</summary>
public sealed class OidcSignInFailureTests(OidcApp app) : IClassFixture<OidcApp>
{
    [Theory]
    [InlineData("/signin-oidc?error=access_denied&error_description=The%20person%20cancelled&state=not-ours")]
    [InlineData("/signin-oidc?code=forged&state=not-ours")]
    [InlineData("/signin-oidc")]
    public async Task A_sign_in_the_provider_did_not_complete_is_a_page_saying_so(string callback)
    {
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await browser.GetAsync(callback);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Signing in did not work", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
