using KnowledgeGraph.Api.Endpoints;
using KnowledgeGraph.Api.Graph;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Api.Viewer;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api;

/// <summary>Builds the web application: store, GraphQL, pages and endpoints. Shared by Program and <c>kg serve</c>.</summary>
public static class ApiHost
{
    /// <summary>Default address when neither <c>urls</c> nor ASPNETCORE_URLS is set.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Creates the configured application; <c>--store</c> on the command line sets the <c>Store</c> key.</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // appsettings.json and the pages live in the output folder (copied at build): read them from there whatever
            // the working directory, so hosts that reference this project (kg serve) find them too.
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--store"] = "Store" });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrls);
        }

        builder.Services.AddKnowledgeGraphOptions();
        builder.Services.AddKnowledgeGraphStore();
        builder.Services.AddKnowledgeGraphQL();
        builder.Services.AddApiProtection(builder.Configuration);
        builder.Services.AddAdmissionControl();

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseApiProtection();
        app.UseRateLimiter();
        app.UseStaticFiles();
        app.MapHealthEndpoints();
        app.MapGraphQLEndpoints();
        app.MapGraphiQL();
        app.MapViewer();
        app.MapExportEndpoints();
        return app;
    }

    /// <summary>
    /// Reads every settings section once, so that a bad value is reported before the server starts (and before anything
    /// logs a stack trace): null when all are valid, else one sentence per bad value.
    /// </summary>
    public static string? CheckSettings(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        try
        {
            _ = app.Services.GetRequiredService<IOptions<ApiOptions>>().Value;
            _ = app.Services.GetRequiredService<IOptions<GraphQLLimits>>().Value;
            _ = app.Services.GetRequiredService<IOptions<CorsSettings>>().Value;
            _ = app.Services.GetRequiredService<IOptions<RateLimits>>().Value;
            return null;
        }
        catch (OptionsValidationException ex)
        {
            return string.Join(" ", ex.Failures);
        }
    }
}
