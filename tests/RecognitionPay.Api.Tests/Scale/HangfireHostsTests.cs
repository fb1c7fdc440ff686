using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RecognitionPay.Api.Hosting;

namespace RecognitionPay.Api.Tests.Scale;

/// <summary>
/// Two hosts in one process (two nodes, or test classes side by side) keep their own Hangfire: a node that used the
/// other's storage lost its jobs when the other stopped ("database does not exist" once the other's was dropped).
/// </summary>
public sealed class HangfireHostsTests
{
    private sealed class Services;

    private static ServiceProvider Host(Dictionary<string, string?>? settings = null)
    {
        var services = new ServiceCollection().AddLogging().AddSingleton(new Services());
        return services.AddRecognitionPayHangfire(new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build()).BuildServiceProvider();
    }

    [Fact]
    public void A_host_configured_before_another_keeps_its_own_job_storage_and_runs_jobs_in_its_own_services()
    {
        using var first = Host();
        using var second = Host();
        first.GetRequiredService<IGlobalConfiguration>();
        second.GetRequiredService<IGlobalConfiguration>();

        Assert.NotSame(second.GetRequiredService<JobStorage>(), first.GetRequiredService<JobStorage>());
        using var scope = first.GetRequiredService<JobActivator>().BeginScope((JobActivatorContext)null!);
        Assert.Same(first.GetRequiredService<Services>(), scope.Resolve(typeof(Services)));
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData("true", 1)]
    [InlineData("false", 0)]
    public void A_node_runs_jobs_unless_told_not_to(string? runServer, int servers)
    {
        using var host = Host(runServer is null ? null : new() { ["Jobs:RunServer"] = runServer });

        Assert.Equal(servers, host.GetServices<IHostedService>().Count(s => s is BackgroundJobServerHostedService));
    }
}
