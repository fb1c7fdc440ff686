using System.Text;

namespace RecognitionPay.Api.Http;

/// <summary>How large a request body may be (api.md: 1 MB), and a way to read one as text that stops at the limit.</summary>
public static class RequestBodies
{
    public const long MaxBytes = 1024 * 1024;

    /// <summary>The body as UTF-8 text; over <paramref name="maxBytes"/>, a 413 without reading the rest.</summary>
    public static async Task<string> ReadTextAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        using var body = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (body.Length + read > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            body.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)body.Length);
    }

    /// <summary>Refuses, before any endpoint reads it, a body whose declared length is over the limit.</summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > MaxBytes)
            {
                throw TooLarge(MaxBytes);
            }

            await next(context);
        });

    public static BadHttpRequestException TooLarge(long maxBytes) =>
        new($"The body is larger than {maxBytes / 1024 / 1024} MB, the most a request may carry.", StatusCodes.Status413PayloadTooLarge);
}
