using FluentValidation;
using MediatR;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Pipeline;
using RecognitionPay.Api.Security;

namespace RecognitionPay.Api.Features.Claims.Journey;

/// <summary>Keeps a photo or PDF of a receipt with the signed-in person's draft claim, its type known by its content.</summary>
public static class AddReceipt
{
    public const int MaxPerClaim = 10;

    /// <param name="For">The person staff claim for; a co-producer's own receipts need none.</param>
    public sealed record Command(string FileName, byte[] Content, int AlreadyAdded, Guid? For = null) : ICommand<Guid>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Content).Must(c => c.Length > 0).WithMessage("Choose a photo or a file of your receipt.")
                .Must(c => c.Length <= ReceiptTypes.MaxBytes).WithMessage("The file must be smaller than 10 megabytes.")
                .Must(c => c.Length == 0 || ReceiptTypes.Sniff(c) is not null).WithMessage("We cannot open this file. Please add a photo or a document.")
                .OverridePropertyName("receipt");
            RuleFor(c => c.AlreadyAdded).LessThan(MaxPerClaim).WithMessage($"You can add up to {MaxPerClaim} receipts to one claim.").OverridePropertyName("receipt");
        }
    }

    internal sealed class Handler(AppDbContext db, PersonAccess access, CurrentUser user, IClock clock, AuditTrail audit) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var person = (await access.ClaimantAsync(command.For, cancellationToken)).Id;
            var receipt = new Receipt
            {
                Id = Guid.NewGuid(),
                PersonId = person,
                FileName = ReceiptTypes.SafeName(command.FileName),
                ContentType = ReceiptTypes.Sniff(command.Content)!,
                Length = command.Content.Length,
                UploadedBy = user.Actor,
                UploadedAt = clock.GetCurrentInstant(),
            };
            db.Receipts.Add(receipt);
            db.ReceiptContents.Add(new ReceiptContent { ReceiptId = receipt.Id, Bytes = command.Content });
            audit.Record("ReceiptAdded", "Receipt", receipt.Id.ToString(), after: new { receipt.FileName, receipt.ContentType, receipt.Length });
            return receipt.Id;
        }
    }
}
