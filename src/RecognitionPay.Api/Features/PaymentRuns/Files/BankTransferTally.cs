using RecognitionPay.Domain;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Api.Features.PaymentRuns.Files;

/// <summary>
/// Counts and sums the bank transfers a file carries as they stream past, so that a file whose lines disagree with
/// the totals in its header is never finished.
/// </summary>
internal sealed class BankTransferTally(PaymentFileRun run)
{
    private int _count;
    private Money _total = Money.Zero;

    public Money Total => _total;

    /// <summary>Bacs and pain.001 carry only bank transfers and cannot be empty: a run without any has only a CSV.</summary>
    public static BankTransferTally ForBankFile(PaymentFileRun run) => run.BankTransferCount > 0
        ? new BankTransferTally(run)
        : throw new InvalidOperationException($"Payment run {run.RunId} has no bank transfers, so it has no bank file.");

    /// <summary>The account to pay when <paramref name="line"/> is a bank transfer (now counted), or null for a voucher.</summary>
    public BankAccount? Count(PaymentFileLine line)
    {
        switch (line.Method)
        {
            case PaymentMethod.Voucher:
                return null;
            case PaymentMethod.BankTransfer when line.Account is null:
                throw new InvalidOperationException($"Payment item {line.ItemId} is a bank transfer without a bank account.");
            case PaymentMethod.BankTransfer when line.Amount <= Money.Zero:
                throw new InvalidOperationException($"Payment item {line.ItemId} is a bank transfer of {line.Amount}; only positive amounts can be sent.");
            case PaymentMethod.BankTransfer:
                _count++;
                _total += line.Amount;
                return line.Account;
            default:
                throw new InvalidOperationException($"Payment item {line.ItemId} has no payment method.");
        }
    }

    public void EnsureItMatchesTheRun()
    {
        if (_count != run.BankTransferCount || _total != run.BankTransferTotal)
        {
            throw new InvalidOperationException(
                $"Payment run {run.RunId} declares {run.BankTransferCount} bank transfers totalling {run.BankTransferTotal}, "
                + $"but its lines hold {_count} totalling {_total}; the file was left unfinished.");
        }
    }
}
