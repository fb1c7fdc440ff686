using System.Globalization;
using RecognitionPay.Api.Http;
using RecognitionPay.Api.PageParts;
using RecognitionPay.Api.PolicyLanguage;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Policies;
using RecognitionPay.Domain.Pricing.Expenses;

namespace RecognitionPay.Api.Features.Claims.Journey;

/// <summary>
/// How much of one cost, asked as its category's kind needs: miles for mileage, pounds for an actual cost, pounds and
/// hours for paid care; a flat amount asks nothing and says what it pays. Each box is named "{name}-{unit}".
/// </summary>
public sealed record CostQuestion(ExpenseCategory Category, string Name, string Question, string Hint, IReadOnlyList<CostBox> Boxes, bool AsHeading)
{
    public string Picture => Pictures.Path(Category.Picture, "cost");

    /// <summary>The first box's id, where an error summary links.</summary>
    public string FirstBox => Boxes.Count == 0 ? Name : Boxes[0].Id;

    /// <param name="written">What was written in each box, by its name; or null to show <paramref name="answer"/>.</param>
    public static CostQuestion For(ExpenseCategory category, string name, bool asHeading, Func<string, string?>? written, CostAnswer? answer, PageErrors errors)
    {
        var words = category.EasyRead ?? category.Name;
        (string Question, string Hint, CostUnit[] Units) asked = category switch
        {
            Mileage => (asHeading ? "How far did you go, there and back?" : words, "Write the miles. For example, 12.5.", [CostUnit.Miles]),
            CarerCover cover => (asHeading ? "How much did you pay for care?" : words, $"Write what you paid and for how many hours. We pay up to {EasyWords.Pounds(cover.MaxHourly)} an hour.", [CostUnit.Pounds, CostUnit.Hours]),
            FlatAmount flat => (words, $"We pay {EasyWords.Pounds(flat.Amount)} for this. You do not need to write anything.", []),
            _ => (asHeading ? "How much did it cost, there and back?" : words, "Write the amount in pounds. For example, 4.50.", [CostUnit.Pounds]),
        };
        var boxes = asked.Units.Select(unit =>
        {
            var id = $"{name}-{unit.ToString().ToLowerInvariant()}";
            return new CostBox(id, unit, written is null ? Show(answer, unit) : written(id), errors.For(id));
        });
        return new CostQuestion(category, name, asked.Question, asked.Hint, [.. boxes], asHeading);
    }

    /// <summary>The cost written, or null with what is wrong added to <paramref name="errors"/>.</summary>
    public CostAnswer? Read(PageErrors errors)
    {
        decimal? Box(CostUnit unit) => Boxes.FirstOrDefault(b => b.Unit == unit) is { } box ? box.Read(errors) : null;
        var (pounds, miles, hours) = (Box(CostUnit.Pounds), Box(CostUnit.Miles), Box(CostUnit.Hours));
        return Boxes.Any(b => errors.For(b.Id) is not null)
            ? null
            : new CostAnswer(Category.Code, pounds is { } p ? (long)(p * 100) : null, miles, hours);
    }

    private static string? Show(CostAnswer? answer, CostUnit unit) => unit switch
    {
        CostUnit.Miles => answer?.Miles?.ToString(CultureInfo.InvariantCulture),
        CostUnit.Hours => answer?.Hours?.ToString(CultureInfo.InvariantCulture),
        _ => answer?.AmountPence is { } pence ? DecimalPounds.Format(Money.FromPence(pence)) : null,
    };
}

public enum CostUnit
{
    Pounds,
    Miles,
    Hours,
}

/// <summary>One box of a cost: pounds (with a £ before it), miles or hours (with the word after it).</summary>
public sealed record CostBox(string Id, CostUnit Unit, string? Written, string? Error)
{
    public string? Prefix => Unit == CostUnit.Pounds ? "£" : null;

    public string? Suffix => Unit switch { CostUnit.Miles => "miles", CostUnit.Hours => "hours", _ => null };

    public string Label => Unit switch { CostUnit.Miles => "Miles", CostUnit.Hours => "Hours", _ => "Amount in pounds" };

    public decimal? Read(PageErrors errors)
    {
        var text = Written?.Trim().TrimStart('£').Replace(",", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(Id, Unit switch { CostUnit.Miles => "Write how many miles.", CostUnit.Hours => "Write how many hours.", _ => "Write how much you paid." });
            return null;
        }

        var (places, most) = Unit switch
        {
            CostUnit.Miles => (1, (decimal)InputLimits.MaxMiles),
            CostUnit.Hours => (2, InputLimits.MaxHours),
            _ => (2, InputLimits.MaxPence / 100m),
        };
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) || number.Scale > places || number > most)
        {
            errors.Add(Id, Unit switch
            {
                CostUnit.Miles => "Write the miles as a number, like 12.5.",
                CostUnit.Hours => "Write the hours as a number, like 2 or 2.5.",
                _ => "Write the amount as pounds and pence, like 4.50.",
            });
            return null;
        }

        return number;
    }
}
