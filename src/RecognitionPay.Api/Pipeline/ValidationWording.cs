using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Resources;

namespace RecognitionPay.Api.Pipeline;

/// <summary>
/// Every validation message names what is wrong in words a person uses ("Say how long it took."), never a
/// property name of the code. The field's path is still the key of the error, for clients to place it.
/// </summary>
public static class ValidationWording
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["activityTypeCode"] = "which activity it was",
        ["activityDate"] = "when it happened",
        ["attendedMinutes"] = "how long it took",
        ["prepMinutes"] = "how long you spent getting ready",
        ["travelMinutes"] = "how long you spent travelling",
        ["categoryCode"] = "what the cost was for",
        ["amountPence"] = "how much it cost, in pence",
        ["miles"] = "how many miles",
        ["hours"] = "how many hours",
        ["note"] = "the note",
        ["displayName"] = "the person's name",
        ["email"] = "an email address",
        ["bankAccount"] = "the bank account",
        ["accountName"] = "the name on the account",
        ["kind"] = "the kind",
        ["personalLimitPence"] = "the person's own limit, in pence",
        ["title"] = "the title",
        ["date"] = "the date",
        ["plannedMinutes"] = "how long it is planned to take",
        ["prepAllowanceMinutes"] = "how much time to get ready is agreed",
        ["reason"] = "the reason",
        ["name"] = "the name",
        ["easyRead"] = "the easy-read words",
        ["pay"] = "how it is paid",
        ["effectiveFrom"] = "when it takes effect",
        ["from"] = "the date it applies from",
        ["pence"] = "the amount, in pence",
        ["paymentDate"] = "the payment date",
        ["overMinutes"] = "the time away, in minutes",
        ["capPence"] = "the most paid, in pence",
        ["pencePerMile"] = "the pence per mile",
        ["upToMilesInTaxYear"] = "the miles the band goes up to",
        ["paymentLeadDays"] = "the days from a run to its payment",
        ["deadlineDays"] = "the days people have to claim",
        ["unitMinutes"] = "the minutes time is rounded to",
    };

    public static void Apply()
    {
        ValidatorOptions.Global.LanguageManager = new PlainEnglish();
        ValidatorOptions.Global.DisplayNameResolver = InWords;
    }

    /// <summary>"attendedMinutes" is "how long it took"; a field without words of its own is its name spelled out ("unit minutes").</summary>
    public static string InWords(string field) => Words.TryGetValue(field, out var words) ? words : SpelledOut(field);

    private static string? InWords(Type type, MemberInfo? member, LambdaExpression? expression) =>
        member is null ? null : InWords(JsonNamingPolicy.CamelCase.ConvertName(member.Name));

    private static string SpelledOut(string field)
    {
        var words = new StringBuilder();
        foreach (var c in field)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return $"the {words}";
    }

    /// <summary>The messages of the rules the API uses, in plain English, whatever the request's culture.</summary>
    private sealed class PlainEnglish : LanguageManager
    {
        public PlainEnglish()
        {
            Culture = CultureInfo.InvariantCulture;
            foreach (var language in new[] { "en", "en-GB", "en-US" })
            {
                AddTranslation(language, "NotNullValidator", "Say {PropertyName}.");
                AddTranslation(language, "NotEmptyValidator", "Say {PropertyName}.");
                AddTranslation(language, "InclusiveBetweenValidator", "Use a number from {From} to {To} for {PropertyName}.");
                AddTranslation(language, "MaximumLengthValidator", "Use at most {MaxLength} characters for {PropertyName}.");
                AddTranslation(language, "ScalePrecisionValidator", "Use at most {ExpectedScale} decimal places for {PropertyName}.");
                AddTranslation(language, "EmailValidator", "Give a real email address, like name@example.org.");
                AddTranslation(language, "PredicateValidator", "Check {PropertyName}: this is not a value it can have.");
            }
        }
    }
}
