using Microsoft.EntityFrameworkCore;

namespace RecognitionPay.Api.Http;

/// <summary>One page of a list that grows: {items, page, pageSize, totalCount}.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount);

/// <summary>?page=1&amp;pageSize=50, at most 200 a page; anything else is a 400 naming the parameter.</summary>
public readonly record struct PageRequest(int Page, int PageSize)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;

    public static PageRequest From(int? page, int? pageSize)
    {
        if (page is < 1)
        {
            throw new InvalidFieldRefusal("page", "Pages are numbered from 1.");
        }

        if (pageSize is < 1 or > MaxSize)
        {
            throw new InvalidFieldRefusal("pageSize", $"A page holds 1 to {MaxSize} items.");
        }

        return new(page ?? 1, pageSize ?? DefaultSize);
    }

    /// <summary>The page <paramref name="asked"/> for within a list of <paramref name="totalCount"/>: below the first shows the first, past the last the last.</summary>
    public static int Within(int asked, int totalCount) => Math.Clamp(asked, 1, Math.Max(1, (totalCount + DefaultSize - 1) / DefaultSize));

    /// <summary>The page asked for of <paramref name="ordered"/>, each row as <paramref name="view"/> shows it; a page past the last is empty (page 2,147,483,647 included).</summary>
    public async Task<Paged<TView>> ReadAsync<TRow, TView>(IQueryable<TRow> ordered, Func<TRow, TView> view, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var skipped = (long)(Page - 1) * PageSize;
        var rows = skipped >= total ? [] : await ordered.Skip((int)skipped).Take(PageSize).ToListAsync(cancellationToken);
        return new([.. rows.Select(view)], Page, PageSize, total);
    }
}
