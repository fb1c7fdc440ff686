using NodaTime;

namespace RecognitionPay.Domain.Policies;

/// <summary>Chooses the version in force on a date: the latest effective-from on or before it.</summary>
public static class PolicyCatalog
{
    /// <summary>
    /// Of <paramref name="versions"/> (effective-from dates, listed in publication order), the one in force on
    /// <paramref name="date"/>; a later publication with the same effective-from replaces an earlier one.
    /// </summary>
    public static T? InForceOn<T>(IEnumerable<T> versions, Func<T, LocalDate> effectiveFrom, LocalDate date)
        where T : class
    {
        T? chosen = null;
        foreach (var version in versions)
        {
            var from = effectiveFrom(version);
            if (from <= date && (chosen is null || from >= effectiveFrom(chosen)))
            {
                chosen = version;
            }
        }

        return chosen;
    }
}
