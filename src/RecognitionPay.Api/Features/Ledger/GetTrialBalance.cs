using MediatR;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Shared;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Ledger;

namespace RecognitionPay.Api.Features.Ledger;

/// <summary>Every account's debits, credits and balance; the two totals are always equal.</summary>
public static class GetTrialBalance
{
    public sealed record Query : IRequest<TrialBalanceView>;

    public sealed record TrialBalanceView(IReadOnlyList<AccountView> Accounts, long TotalDebitPence, long TotalCreditPence);

    /// <param name="DisplayName">For a person's payable account, whose it is.</param>
    public sealed record AccountView(string Account, long DebitPence, long CreditPence, long BalancePence, string? DisplayName = null);

    internal sealed class Handler(AppDbContext db, PersonNames people) : IRequestHandler<Query, TrialBalanceView>
    {
        public async Task<TrialBalanceView> Handle(Query query, CancellationToken cancellationToken)
        {
            var debits = await db.LedgerPostings.GroupBy(p => p.DebitAccount)
                .Select(g => new { Account = g.Key, Pence = g.Sum(p => p.AmountPence) }).ToDictionaryAsync(a => a.Account, a => a.Pence, cancellationToken);
            var credits = await db.LedgerPostings.GroupBy(p => p.CreditAccount)
                .Select(g => new { Account = g.Key, Pence = g.Sum(p => p.AmountPence) }).ToDictionaryAsync(a => a.Account, a => a.Pence, cancellationToken);
            var balance = new TrialBalance([.. debits.Keys.Union(credits.Keys).Order(StringComparer.Ordinal)
                .Select(a => new AccountBalance(Account.Named(a), Money.FromPence(debits.GetValueOrDefault(a)), Money.FromPence(credits.GetValueOrDefault(a))))]);
            var names = await people.OfAsync(balance.Accounts.Select(a => a.Account.PayableTo?.Value).OfType<Guid>(), cancellationToken);
            return new(
                [.. balance.Accounts.Select(a => new AccountView(a.Account.Name, a.Debit.Pence, a.Credit.Pence, a.Balance.Pence, a.Account.PayableTo is { } person ? names.GetValueOrDefault(person.Value) : null))],
                balance.TotalDebit.Pence,
                balance.TotalCredit.Pence);
        }
    }

    public static void Map(RouteGroupBuilder ledger) =>
        ledger.MapGet("/trial-balance", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new Query(), cancellationToken)))
            .RequireRoles(Roles.Finance)
            .WithName("GetTrialBalance")
            .WithSummary("The trial balance: every account, always balanced");
}
