using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace RecognitionPay.Api.Tests.Pages;

/// <summary>
/// The easy-read measure of web.md over the pages a co-producer saw: at least 90% of sentences have 15 words or
/// fewer, none has more than 25, and there are no acronyms.
/// </summary>
public sealed partial class EasyRead
{
    private readonly List<(string Page, string Sentence)> _measured = [];

    /// <summary>Keeps the sentences of the page's main region: each block of text split after a full stop, question or exclamation mark.</summary>
    public async Task MeasureAsync(IPage page, string name) =>
        _measured.AddRange((await page.Locator("main").InnerTextAsync())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(block => SentenceEnd().Split(block))
            .Select(sentence => sentence.Trim())
            .Where(sentence => sentence.Length > 0)
            .Select(sentence => (name, sentence)));

    public void AssertMet(int atLeast)
    {
        var words = _measured.Select(m => (m.Page, m.Sentence, Words: m.Sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length)).ToList();
        Assert.True(words.Count >= atLeast, $"Only {words.Count} sentences were measured.");
        Assert.True(words.Count(w => w.Words <= 15) >= 0.9 * words.Count, $"Over 15 words:{Environment.NewLine}{string.Join(Environment.NewLine, words.Where(w => w.Words > 15))}");
        Assert.DoesNotContain(words, w => w.Words > 25);
        Assert.DoesNotContain(_measured, m => Acronym().IsMatch(m.Sentence));
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b[A-Z]{2,}\b")]
    private static partial Regex Acronym();
}
