using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Pipeline;
using RecognitionPay.Api.Security;
using RecognitionPay.Domain;

namespace RecognitionPay.Api.Features.Claims;

/// <summary>
/// A receipt's file, for staff checking a claim or for the person who added it; the download is audited. Sent with
/// the type its content showed and as an attachment, so a browser never runs it as a page. Someone else's receipt
/// answers as one that does not exist.
/// </summary>
public static class OpenReceipt
{
    public sealed record Command(Guid ReceiptId, ClaimId? OfClaim) : ICommand<ReceiptFile>;

    public sealed record ReceiptFile(string FileName, string ContentType, byte[] Content);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.ReceiptId).NotEmpty();
    }

    internal sealed class Handler(AppDbContext db, PersonAccess access, AuditTrail audit) : IRequestHandler<Command, ReceiptFile>
    {
        public async Task<ReceiptFile> Handle(Command command, CancellationToken cancellationToken)
        {
            var receipt = await db.Receipts.AsNoTracking().SingleOrDefaultAsync(r => r.Id == command.ReceiptId, cancellationToken);
            if (receipt is null || (command.OfClaim is { } claim && receipt.ClaimId != claim) || (!access.IsCoProducer && !access.IsStaff && receipt.ClaimId is null))
            {
                throw new NotFoundRefusal("receipt", command.ReceiptId.ToString());
            }

            await access.RequireVisibleAsync(receipt.PersonId, "receipt", command.ReceiptId.ToString(), cancellationToken);
            var content = await db.ReceiptContents.AsNoTracking().Where(c => c.ReceiptId == receipt.Id).Select(c => c.Bytes).SingleAsync(cancellationToken);
            audit.Record("ReceiptDownloaded", "Receipt", receipt.Id.ToString(), after: new { receipt.FileName, receipt.ClaimId });
            return new ReceiptFile(receipt.FileName, receipt.ContentType, content);
        }
    }

    /// <summary>The file as an attachment of the type its content showed.</summary>
    public static IResult Answer(ReceiptFile file) => TypedResults.File(file.Content, file.ContentType, file.FileName);

    public static void Map(RouteGroupBuilder claims) =>
        claims.MapGet("/{id:guid}/receipts/{receiptId:guid}", async (Guid id, Guid receiptId, IMediator mediator, CancellationToken cancellationToken) =>
                Answer(await mediator.Send(new Command(receiptId, new ClaimId(id)), cancellationToken)))
            .RequireRoles(Roles.CoProducer, Roles.Staff)
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetClaimReceipt")
            .WithSummary("Download one of a claim's receipts (sent as an attachment, with the type its content shows)");
}
