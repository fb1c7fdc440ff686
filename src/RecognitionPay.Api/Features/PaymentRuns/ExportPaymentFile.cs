using System.Runtime.CompilerServices;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using RecognitionPay.Api.Data;
using RecognitionPay.Api.Features.PaymentRuns.Files;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.Pipeline;
using RecognitionPay.Api.Security;
using RecognitionPay.Domain;
using RecognitionPay.Domain.PaymentRuns;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Api.Features.PaymentRuns;

/// <summary>
/// The file finance sends to its bank or finance system, streamed straight from the database: CSV (every item, with
/// full bank details: the one place they are shown unmasked), Bacs Standard 18 or pain.001 (the bank transfers), or
/// the vouchers on their own for issuing by hand. Failed items are left out.
/// </summary>
public static class ExportPaymentFile
{
    /// <summary>A download is a command: it is audited (who took which run's file, in which format, and when).</summary>
    public sealed record Command(PaymentRunId Id, string? Format) : ICommand<Export>;

    /// <summary>What to write: the format, the run's header figures, and the lines, read as the file is written.</summary>
    public sealed record Export(IPaymentFile File, PaymentFileRun Run, IAsyncEnumerable<PaymentFileLine> Lines);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IEnumerable<IPaymentFile> files)
        {
            var formats = files.Select(f => f.Format).ToList();
            RuleFor(c => c.Format).Must(format => format is not null && formats.Contains(format)).WithMessage($"The format is one of: {string.Join(", ", formats)}.");
        }
    }

    internal sealed class Handler(AppDbContext db, IEnumerable<IPaymentFile> files, BankDetailsProtector protector, AuditTrail audit) : IRequestHandler<Command, Export>
    {
        public async Task<Export> Handle(Command command, CancellationToken cancellationToken)
        {
            var file = files.Single(f => f.Format == command.Format);
            var run = await db.PaymentRuns.AsNoTracking().IgnoreAutoIncludes().Where(r => r.Id == command.Id)
                .Select(r => new { r.Id, r.PaymentDate, r.CreatedAt }).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundRefusal("payment run", command.Id.ToString());
            var transfers = await Items(command.Id).Where(i => i.Method == PaymentMethod.BankTransfer).Select(i => i.Amount).ToListAsync(cancellationToken);
            if (file.Format is "bacs18" or "pain001" && transfers.Count == 0)
            {
                throw new ConflictRefusal("NoBankTransfers", $"This run has no bank transfers, so there is no {file.Format} file to send. Download the CSV for its vouchers.");
            }

            await foreach (var line in Lines(command.Id, cancellationToken))
            {
                if (file.Unwritable(line) is { } why)
                {
                    throw new ConflictRefusal("UnwritableText", $"Payment {line.ItemId} cannot go in a {file.Format} file: {why} Correct the person's name or bank account name, then download the file again.");
                }
            }

            audit.Record("PaymentFileExported", "PaymentRun", run.Id.ToString(), after: new { format = file.Format, bankTransfers = transfers.Count });
            var header = new PaymentFileRun(run.Id.Value, run.PaymentDate, run.CreatedAt, transfers.Count, transfers.Aggregate(Money.Zero, (sum, amount) => sum + amount));
            return new Export(file, header, Lines(command.Id, cancellationToken));
        }

        private IQueryable<PaymentItem> Items(PaymentRunId runId) =>
            db.PaymentItems.AsNoTracking().IgnoreAutoIncludes().Where(i => i.RunId == runId && i.Status != PaymentItemStatus.Failed);

        private async IAsyncEnumerable<PaymentFileLine> Lines(PaymentRunId runId, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var rows = Items(runId)
                .Join(db.People, i => i.PersonId, p => p.Id, (i, p) => new { i.Id, i.PersonId, p.DisplayName, i.Method, p.SealedBankAccount, i.Amount, Claims = i.Claims.Select(c => c.ClaimId).ToList() })
                .OrderBy(i => i.Id)
                .AsAsyncEnumerable();
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                var account = row.Method == PaymentMethod.BankTransfer && row.SealedBankAccount is { } sealedAccount ? protector.Unseal(sealedAccount) : null;
                yield return new PaymentFileLine(row.Id.Value, row.PersonId.Value, row.DisplayName, row.Method, account, row.Amount, [.. row.Claims.Select(c => c.Value)]);
            }
        }
    }

    public static void Map(RouteGroupBuilder runs) =>
        runs.MapGet("/{id:guid}/export", async (Guid id, string? format, HttpResponse response, IMediator mediator, Originator originator, CancellationToken cancellationToken) =>
            {
                var export = await mediator.Send(new Command(new PaymentRunId(id), format), cancellationToken);
                response.ContentType = export.File.ContentType;
                response.Headers.ContentDisposition = $"attachment; filename=\"{export.File.FileName(export.Run)}\"";
                await export.File.WriteAsync(export.Run, originator, export.Lines, response.Body, cancellationToken);
                return Results.Empty;
            })
            .RequireRoles(Roles.Finance)
            .Produces<string>(StatusCodes.Status200OK, "text/csv", "text/plain", "application/xml")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("ExportPaymentFile")
            .WithSummary("Download a run's payment file: csv, bacs18, pain001, or the vouchers to issue by hand");
}
