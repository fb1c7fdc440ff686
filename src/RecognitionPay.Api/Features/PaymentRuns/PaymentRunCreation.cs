using MediatR;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Security;

namespace RecognitionPay.Api.Features.PaymentRuns;

/// <summary>
/// Sends CreatePaymentRun, trying again when another run took some of the same claims first (the database refused
/// the second run's claim rows): the next attempt gathers only what is still unpaid, so every claim is paid once.
/// </summary>
public sealed class PaymentRunCreation(IServiceScopeFactory scopes, CurrentUser user)
{
    private const int Attempts = 5;

    public async Task<PaymentRunView?> CreateAsync(CreatePaymentRun.Command command, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Assume(user.Actor, Roles.Finance);
            try
            {
                return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another run saved first; gather again from what is left.
            }
        }
    }
}
