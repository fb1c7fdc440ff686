using Microsoft.AspNetCore.Http.Extensions;

namespace RecognitionPay.Api.PageParts;

/// <summary>GOV.UK pagination for a list a page at a time: links keep the page's other query values.</summary>
public sealed record Pager(int Page, int PageSize, int TotalCount, string Path, IReadOnlyDictionary<string, string?> Query)
{
    public int Pages => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    public int First => TotalCount == 0 ? 0 : ((Page - 1) * PageSize) + 1;

    public int Last => Math.Min(TotalCount, Page * PageSize);

    public string Href(int page)
    {
        var query = new QueryBuilder();
        foreach (var (key, value) in Query.Where(q => !string.IsNullOrEmpty(q.Value) && q.Key != "page"))
        {
            query.Add(key, value!);
        }

        query.Add("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Path + query.ToQueryString();
    }

    public static Pager Of<T>(Http.Paged<T> paged, HttpRequest request) =>
        new(paged.Page, paged.PageSize, paged.TotalCount, request.Path, request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString()));
}
