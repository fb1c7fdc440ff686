namespace RecognitionPay.Api.Features.Policies;

/// <summary>One difference between the version in force and a new one, side by side.</summary>
/// <param name="Change">"Up", "Down", "Changed", "Added" or "Removed".</param>
public sealed record PolicyChange(string Section, string Item, string Field, string? Before, string? After, string Change);

/// <summary>What a new version changes against the one in force: rates up or down, categories and types added or removed.</summary>
public static class PolicyChanges
{
    public static IReadOnlyList<PolicyChange> Between(IReadOnlyList<PolicyRow> inForce, IReadOnlyList<PolicyRow> proposed)
    {
        var before = inForce.ToDictionary(r => r.Key);
        var after = proposed.ToDictionary(r => r.Key);
        var itemsBefore = inForce.Select(r => (r.Section, r.ItemCode)).ToHashSet();
        var itemsAfter = proposed.Select(r => (r.Section, r.ItemCode)).ToHashSet();
        var changes = new List<PolicyChange>();
        foreach (var row in proposed.Concat(inForce.Where(r => !after.ContainsKey(r.Key))))
        {
            var (old, @new) = (before.GetValueOrDefault(row.Key), after.GetValueOrDefault(row.Key));
            var item = (row.Section, row.ItemCode);
            if (!itemsBefore.Contains(item) || !itemsAfter.Contains(item))
            {
                if (!changes.Any(c => c.Section == row.Section && c.Item == row.Item && c.Field == ""))
                {
                    changes.Add(new(row.Section, row.Item, "", null, null, itemsBefore.Contains(item) ? "Removed" : "Added"));
                }

                continue;
            }

            if (old?.Value == @new?.Value)
            {
                continue;
            }

            var change = old is null ? "Added"
                : @new is null ? "Removed"
                : old.Amount is { } was && @new.Amount is { } now && was != now ? (now > was ? "Up" : "Down")
                : "Changed";
            changes.Add(new(row.Section, row.Item, row.Field, old?.Value, @new?.Value, change));
        }

        string[] order = [PolicyRows.ActivityTypes, PolicyRows.Expenses, PolicyRows.Benefits, PolicyRows.General];
        return [.. changes.OrderBy(c => Array.IndexOf(order, c.Section))];
    }
}
