namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Headers on every response: a Content-Security-Policy that lets GraphiQL and the viewer run from this origin only
/// (scripts, styles, fetches; React and GraphiQL set inline styles, hence <c>'unsafe-inline'</c> for styles alone),
/// no framing, no MIME sniffing, no referrer.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The policy sent with every response.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Adds the headers before anything else writes the response.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            return next(http);
        });
        return app;
    }
}
