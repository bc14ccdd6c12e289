using KnowledgeGraph.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Support;

/// <summary>
/// The real app over a temp SQLite file with the sample loaded at start. Optional API key and a hook to wrap
/// the store (for call counting).
/// </summary>
public sealed class ApiFactory(string? apiKey = null, Func<IGraphStore, IGraphStore>? wrapStore = null, IDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    public const string TestApiKey = "test-key-0123456789abcdef";

    private readonly TempDatabase _database = new();

    public string DatabasePath => _database.Path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Store", _database.Path);
        builder.UseSetting("LoadSampleWhenEmpty", "true");
        builder.UseSetting("ApiKey", apiKey ?? "");
        // Test classes fire requests back to back from one client; the limiter's own tests set their limits below.
        builder.UseSetting("RateLimits:PerClientPerSecond", "10000");
        builder.UseSetting("RateLimits:PerClientBurst", "10000");
        builder.UseSetting("RateLimits:ConcurrentRequests", "64");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (wrapStore is not null)
        {
            builder.ConfigureServices(services =>
            {
                var original = services.Last(d => d.ServiceType == typeof(IGraphStore));
                services.Remove(original);
                services.AddSingleton(sp => wrapStore((IGraphStore)original.ImplementationFactory!(sp)));
            });
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _database.Dispose();
    }
}
