using System.Text;

namespace RecognitionPay.Api.Features.PaymentRuns.Files;

/// <summary>
/// Text in Bacs' alphabet: A-Z, 0-9, ". &amp; / -" and space. Letters are upper-cased and common Latin accents dropped
/// ("Zoë" → "ZOE"); any other character becomes a space.
/// </summary>
internal static class BacsText
{
    private const string Accented = "ÀÁÂÃÄÅĀĂĄÇĆĈĊČĎĐÈÉÊËĒĔĖĘĚĜĞĠĢĤĦÌÍÎÏĨĪĬĮİĴĶĹĻĽĿŁÑŃŅŇÒÓÔÕÖØŌŎŐŔŖŘŚŜŞŠŢŤŦÙÚÛÜŨŪŬŮŰŲŴÝŶŸŹŻŽ";
    private const string Plain = "AAAAAAAAACCCCCDDEEEEEEEEEGGGGHHIIIIIIIIIJKLLLLLNNNNOOOOOOOOORRRSSSSTTTUUUUUUUUUUWYYYZZZ";

    /// <summary><paramref name="text"/> in Bacs' alphabet, left-justified in <paramref name="length"/> characters: cut or space-padded.</summary>
    public static string Field(string text, int length)
    {
        var field = new StringBuilder(length);
        foreach (var character in text.ToUpperInvariant())
        {
            if (field.Length == length)
            {
                break;
            }

            field.Append(InAlphabet(character));
        }

        return field.ToString().PadRight(length);
    }

    private static char InAlphabet(char character)
    {
        if (char.IsAsciiLetterUpper(character) || char.IsAsciiDigit(character) || character is '.' or '&' or '/' or '-' or ' ')
        {
            return character;
        }

        var accented = Accented.IndexOf(character, StringComparison.Ordinal);
        return accented >= 0 ? Plain[accented] : ' ';
    }
}
