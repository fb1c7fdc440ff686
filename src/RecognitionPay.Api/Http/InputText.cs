using System.Globalization;
using System.Text;
using FluentValidation;

namespace RecognitionPay.Api.Http;

/// <summary>
/// What text a request may carry (api.md, Errors): no control characters (U+0000–U+001F, U+007F–U+009F), no
/// Unicode non-characters and no lone surrogates; a name or reason must show at least one visible character.
/// </summary>
public static class InputText
{
    /// <summary>Why <paramref name="text"/> is refused, or null when it is fine.</summary>
    public static string? Problem(string text)
    {
        foreach (var rune in EnumerateRunesOrNull(text))
        {
            if (rune is not { } r)
            {
                return "This text has a broken character in it (a lone surrogate).";
            }

            if (Rune.GetUnicodeCategory(r) == UnicodeCategory.Control)
            {
                return "This text has a control character in it. Use letters, numbers, spaces and punctuation.";
            }

            if (IsNonCharacter(r.Value))
            {
                return "This text has a character in it that is not for use in text.";
            }
        }

        return null;
    }

    /// <summary>True when the text shows something: not only spaces or invisible characters (zero-width spaces, joiners).</summary>
    public static bool IsVisible(string? text) =>
        text is not null && text.EnumerateRunes().Any(r => Rune.GetUnicodeCategory(r) is not (UnicodeCategory.SpaceSeparator or UnicodeCategory.Format
            or UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark));

    public const string InvisibleMessage = "Write some words: this is empty, or only spaces or invisible characters.";

    private static bool IsNonCharacter(int value) => value is >= 0xFDD0 and <= 0xFDEF || (value & 0xFFFE) == 0xFFFE;

    private static IEnumerable<Rune?> EnumerateRunesOrNull(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) != System.Buffers.OperationStatus.Done)
            {
                yield return null;
                yield break;
            }

            yield return rune;
            i += used;
        }
    }
}

/// <summary>The text rules as FluentValidation rules.</summary>
public static class InputTextRules
{
    /// <summary>A name, title or reason: when given, it shows at least one visible character.</summary>
    public static IRuleBuilderOptions<T, string?> Visible<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is null || InputText.IsVisible(text)).WithMessage(InputText.InvisibleMessage);
}
