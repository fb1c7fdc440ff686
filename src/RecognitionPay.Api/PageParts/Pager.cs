using Microsoft.AspNetCore.Http.Extensions;

namespace RecognitionPay.Api.PageParts;

/// <summary>GOV.UK pagination for a list a page at a time: links keep the page's other query values.</summary>
/// <param name="Param">The query parameter naming the page: "page", or another where one page shows several lists.</param>
public sealed record Pager(int Page, int PageSize, int TotalCount, string Path, IReadOnlyDictionary<string, string?> Query, string Param = "page")
{
    /// <summary>What the pagination is named to assistive technology: unique on a page that shows several lists.</summary>
    public string Label { get; init; } = "Pages of this list";

    public int Pages => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    public int First => TotalCount == 0 ? 0 : ((Page - 1) * PageSize) + 1;

    public int Last => Math.Min(TotalCount, Page * PageSize);

    public string Href(int page)
    {
        var query = new QueryBuilder();
        foreach (var (key, value) in Query.Where(q => !string.IsNullOrEmpty(q.Value) && q.Key != Param))
        {
            query.Add(key, value!);
        }

        query.Add(Param, page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Path + query.ToQueryString();
    }

    public static Pager Of<T>(Http.Paged<T> paged, HttpRequest request, string param = "page") =>
        new(paged.Page, paged.PageSize, paged.TotalCount, request.Path, request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString()), param);

    /// <summary>
    /// One page of a list a query answers whole (a run's payments, a report), by the page the request asks for in
    /// <paramref name="param"/>: the page shows a part however long the list grows.
    /// </summary>
    public static Http.Paged<T> Slice<T>(IReadOnlyList<T> all, HttpRequest request, string param = "page")
    {
        var page = Http.PageRequest.Within(Asked(request, param), all.Count);
        return new([.. all.Skip((page - 1) * Http.PageRequest.DefaultSize).Take(Http.PageRequest.DefaultSize)], page, Http.PageRequest.DefaultSize, all.Count);
    }

    /// <summary>The page the request asks for in <paramref name="param"/>: 1 when it asks for none or for something not a page.</summary>
    public static int Asked(HttpRequest request, string param = "page") =>
        int.TryParse(request.Query[param], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : 1;
}
