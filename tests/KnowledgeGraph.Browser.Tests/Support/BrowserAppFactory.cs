using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeGraph.Browser.Tests.Support;

/// <summary>The real app over a SQLite file in <paramref name="folder"/>, with the sample loaded at start.</summary>
public sealed class BrowserAppFactory(string folder) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Store", Path.Combine(folder, "browser.db"));
        builder.UseSetting("LoadSampleWhenEmpty", "true");
    }
}
