using RecognitionPay.Api.Hosting;
using RecognitionPay.Api.Security;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
if (TokenCommand.IsRequested(args))
{
    return TokenCommand.Run(args, builder.Configuration, Console.Out, Console.Error);
}

if (SignInLinkCommand.IsRequested(args))
{
    return SignInLinkCommand.Run(args, builder.Configuration, NodaTime.SystemClock.Instance, Console.Out, Console.Error);
}

builder.AddRecognitionPay();
var app = builder.Build();
app.UseRecognitionPay();
await app.PrepareDatabaseAsync();
await app.Services.SchedulePaymentRunsAsync(CancellationToken.None);
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
