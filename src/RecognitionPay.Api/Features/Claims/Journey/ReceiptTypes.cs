using System.Text;

namespace RecognitionPay.Api.Features.Claims.Journey;

/// <summary>
/// The kinds of file a receipt may be, known by their first bytes, never by the file's name or what the browser
/// says: a JPEG or PNG photo, an iPhone's HEIC photo, or a PDF.
/// </summary>
public static class ReceiptTypes
{
    public const int MaxBytes = 10 * 1024 * 1024;

    private static readonly string[] HeifBrands = ["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"];

    /// <summary>The media type the content shows, or null when it is none of the kinds a receipt may be.</summary>
    public static string? Sniff(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((byte[])[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        if (content.StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        if (content.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        return content.Length >= 12 && content[4..8].SequenceEqual("ftyp"u8) && HeifBrands.Contains(Encoding.ASCII.GetString(content[8..12]))
            ? "image/heic"
            : null;
    }

    /// <summary>A name safe to keep and to send back: the last part of the path, without control characters, at most 100 characters.</summary>
    public static string SafeName(string? name)
    {
        var last = Path.GetFileName((name ?? "").Replace('\\', '/').Split('/')[^1]);
        var kept = new string([.. last.Where(c => !char.IsControl(c) && c is not '"' and not ';')]).Trim();
        return kept.Length == 0 ? "receipt" : kept[..Math.Min(kept.Length, 100)];
    }
}
