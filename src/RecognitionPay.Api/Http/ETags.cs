namespace RecognitionPay.Api.Http;

/// <summary>Strong ETags from a row's version; If-Match, when sent, must name the current one.</summary>
public static class ETags
{
    public static string For(long version) => $"\"v{version}\"";

    /// <summary>Throws a 412 when the caller's If-Match names a version that is no longer current.</summary>
    public static void RequireCurrent(string? ifMatch, long currentVersion)
    {
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*")
        {
            return;
        }

        var current = For(currentVersion);
        var matches = ifMatch.Split(',').Select(tag => tag.Trim()).Any(tag => tag == current || tag == $"W/{current}");
        if (!matches)
        {
            throw new StaleVersionRefusal(current);
        }
    }
}
