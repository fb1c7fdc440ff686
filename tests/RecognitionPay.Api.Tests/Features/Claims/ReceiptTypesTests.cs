using RecognitionPay.Api.Features.Claims.Journey;

namespace RecognitionPay.Api.Tests.Features.Claims;

/// <summary>A receipt's type is what its first bytes show, whatever its name says; its name is kept safe to send back.</summary>
public sealed class ReceiptTypesTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "image/png")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "application/pdf")]
    [InlineData(new byte[] { 0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63, 0, 0 }, "image/heic")]
    [InlineData(new byte[] { 0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x6D, 0x70, 0x34, 0x32, 0, 0 }, null)]
    [InlineData(new byte[] { 0x3C, 0x68, 0x74, 0x6D, 0x6C, 0x3E }, null)]
    [InlineData(new byte[] { 0xFF, 0xD8 }, null)]
    public void The_type_is_known_by_the_content(byte[] content, string? type) => Assert.Equal(type, ReceiptTypes.Sniff(content));

    [Theory]
    [InlineData("C:\\Users\\ade\\bus ticket.jpg", "bus ticket.jpg")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("a\"b;c\r\n.png", "abc.png")]
    [InlineData("   ", "receipt")]
    public void The_name_kept_is_the_last_part_without_quotes_or_control_characters(string name, string kept) => Assert.Equal(kept, ReceiptTypes.SafeName(name));
}
