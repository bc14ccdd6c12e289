using KnowledgeGraph.Api.Endpoints;
using KnowledgeGraph.Api.Graph;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Api.Viewer;

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
            // Pages live in the output folder (copied at build), so hosts that reference this project find them too.
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

        var app = builder.Build();
        app.UseApiProtection();
        app.UseStaticFiles();
        app.MapHealthEndpoints();
        app.MapGraphQLEndpoints();
        app.MapGraphiQL();
        app.MapViewer();
        app.MapExportEndpoints();
        return app;
    }
}
