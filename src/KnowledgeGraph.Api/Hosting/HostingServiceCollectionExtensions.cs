using KnowledgeGraph.Composition;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Registration of options, the store and cross-origin rules.</summary>
public static class HostingServiceCollectionExtensions
{
    /// <summary>Binds and validates (at start) <see cref="ApiOptions"/>, <see cref="GraphQLLimits"/> and <see cref="CorsSettings"/>.</summary>
    public static IServiceCollection AddKnowledgeGraphOptions(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration("")
            .PostConfigure(o => o.ApiKey = string.IsNullOrEmpty(o.ApiKey) ? Environment.GetEnvironmentVariable("KG_API_KEY") : o.ApiKey)
            .ValidateOnStart();
        services.AddOptions<GraphQLLimits>().BindConfiguration("GraphQL").ValidateOnStart();
        services.AddOptions<CorsSettings>().BindConfiguration("Cors").ValidateOnStart();
        services.AddSingleton<IValidateOptions<ApiOptions>, ApiOptionsValidator>();
        services.AddSingleton<IValidateOptions<GraphQLLimits>, GraphQLLimitsValidator>();
        services.AddSingleton<IValidateOptions<CorsSettings>, CorsSettingsValidator>();
        return services;
    }

    /// <summary>Registers the configured store as a singleton, initialised (and seeded when empty) before requests are served.</summary>
    public static IServiceCollection AddKnowledgeGraphStore(this IServiceCollection services)
    {
        services.AddSingleton(sp => GraphStoreFactory.Open(sp.GetRequiredService<IOptions<ApiOptions>>().Value.Store));
        services.AddHostedService<StoreStartup>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<Endpoints.HealthCounts>();
        return services;
    }

    /// <summary>Adds a CORS policy allowing the configured origins (none by default).</summary>
    public static IServiceCollection AddApiProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("Cors:Origins").Get<string[]>() ?? [];
        services.AddCors(cors => cors.AddDefaultPolicy(policy =>
        {
            policy.WithOrigins(origins).WithMethods("GET", "POST").WithHeaders("Content-Type", ApiKeyHeader.Name);
        }));
        return services;
    }

    /// <summary>Turns on CORS and plain-sentence error pages without stack traces outside Development.</summary>
    public static WebApplication UseApiProtection(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(error => error.Run(async http =>
            {
                http.Response.StatusCode = StatusCodes.Status500InternalServerError;
                await http.Response.WriteAsJsonAsync(new { error = "The server failed to handle the request; see the server log." });
            }));
        }

        app.UseCors();
        return app;
    }
}
