using NodaTime;
using RecognitionPay.Api.Features.PaymentRuns.Files;
using RecognitionPay.Domain;
using RecognitionPay.Domain.People;
using static RecognitionPay.Api.Tests.Features.PaymentRuns.Files.PaymentFileExamples;

namespace RecognitionPay.Api.Tests.Features.PaymentRuns.Files;

public sealed class PaymentFileStreamingTests
{
    private const int LineCount = 100_000;

    /// <summary>Well above the writers' own buffers (XmlWriter's is 64 KB), far below a file of this many lines.</summary>
    private const int LargestExpectedWrite = 256 * 1024;

    [Theory]
    [InlineData("csv")]
    [InlineData("bacs18")]
    [InlineData("pain001")]
    public async Task A_hundred_thousand_lines_are_written_as_they_arrive_in_small_pieces(string format)
    {
        var run = new PaymentFileRun(Guid.NewGuid(), new LocalDate(2026, 12, 4), Instant.FromUtc(2026, 12, 1, 9, 0), LineCount, Money.FromPence(LineCount * 1234L));
        using var output = new CountingStream();

        await InFormat(format).WriteAsync(run, Council, Generated(LineCount), output, CancellationToken.None);

        Assert.True(output.BytesWritten > LineCount * 100L, $"Only {output.BytesWritten} bytes were written.");
        Assert.True(output.LargestWrite <= LargestExpectedWrite, $"One write was {output.LargestWrite} bytes: the file was held, not streamed.");
    }

    private static async IAsyncEnumerable<PaymentFileLine> Generated(int count)
    {
        var account = new BankAccount("Pat Payee", "112233", "12345678");
        for (var i = 0; i < count; i++)
        {
            if (i % 1000 == 0)
            {
                await Task.Yield();
            }

            yield return new PaymentFileLine(Guid.NewGuid(), Guid.NewGuid(), "Pat Payee", PaymentMethod.BankTransfer, account, Money.FromPence(1234), [Guid.NewGuid()]);
        }
    }

    /// <summary>Counts what is written to it and keeps none of it.</summary>
    private sealed class CountingStream : Stream
    {
        public long BytesWritten { get; private set; }

        public int LargestWrite { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Count(buffer.Length);
            Null.Write(buffer);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Count(buffer.Length);
            return Null.WriteAsync(buffer, cancellationToken);
        }

        public override void Flush() => Null.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        private void Count(int bytes)
        {
            BytesWritten += bytes;
            LargestWrite = Math.Max(LargestWrite, bytes);
        }
    }
}
