using MediatR;
using RecognitionPay.Api.Security;

namespace RecognitionPay.Api.Features.PaymentRuns;

/// <summary>
/// The Hangfire recurring job "payment-run". It only sends the CreatePaymentRun command finance can send by hand;
/// at most one scheduled run is made a day, so a retried or doubled job changes nothing.
/// </summary>
public sealed class PaymentRunJob(IMediator mediator, CurrentUser user)
{
    public const string Id = "payment-run";
    public const string Actor = "system:payment-run";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        user.Assume(Actor, Roles.Finance);
        await mediator.Send(new CreatePaymentRun.Command(PaymentDate: null, Scheduled: true), cancellationToken);
    }
}
