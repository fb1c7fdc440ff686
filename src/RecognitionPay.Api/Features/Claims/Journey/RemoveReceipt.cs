using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Pipeline;
using RecognitionPay.Api.Security;

namespace RecognitionPay.Api.Features.Claims.Journey;

/// <summary>Takes a receipt off the signed-in person's draft claim. A receipt sent with a claim stays: it is the claim's evidence.</summary>
public static class RemoveReceipt
{
    /// <param name="For">The person staff claim for; a co-producer's own receipts need none.</param>
    public sealed record Command(Guid ReceiptId, Guid? For = null) : ICommand<Unit>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.ReceiptId).NotEmpty();
    }

    internal sealed class Handler(AppDbContext db, PersonAccess access, AuditTrail audit) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var person = (await access.ClaimantAsync(command.For, cancellationToken)).Id;
            var receipt = await db.Receipts.SingleOrDefaultAsync(r => r.Id == command.ReceiptId && r.PersonId == person && r.ClaimId == null, cancellationToken)
                ?? throw new NotFoundRefusal("receipt", command.ReceiptId.ToString());
            db.Receipts.Remove(receipt);
            audit.Record("ReceiptRemoved", "Receipt", receipt.Id.ToString(), before: new { receipt.FileName, receipt.ContentType, receipt.Length });
            return Unit.Value;
        }
    }
}
