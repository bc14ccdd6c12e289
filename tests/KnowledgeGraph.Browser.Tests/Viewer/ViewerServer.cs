using KnowledgeGraph.Api;
using KnowledgeGraph.Api.Exports;
using KnowledgeGraph.Api.Viewer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KnowledgeGraph.Browser.Tests.Viewer;

/// <summary>
/// The real API on a loopback port over a fresh SQLite file (the sample facts load at start), and one headless
/// Debian chromium driven by Playwright. Minimal on purpose: the viewer tests need nothing more.
/// </summary>
public sealed class ViewerServer : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "kg-viewer-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = null!;

    public static string RepoRoot { get; } = FindRoot();

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        var app = ApiHost.Build(["--store", Path.Combine(_dir, "viewer.db"), "--urls", "http://127.0.0.1:0"]);
        MapIfMissing(app, "/export/{format}", a => a.MapExportEndpoints());
        MapIfMissing(app, "/viewer", a => a.MapViewer());
        await app.StartAsync();
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    /// <summary>A new page at 1440×900; skips the test, with the reason, when chromium is not installed.</summary>
    public async Task<IPage> NewPageAsync()
    {
        Assert.SkipUnless(File.Exists(Chromium), $"{Chromium} is missing: apt-get install -y chromium (or run .ci/exports-tools.sh).");
        if (_browser is null)
        {
            _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = ChromiumArgs,
            });
        }

        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
            AcceptDownloads = true,
        });
        // Generous waits: CI shares two cores with builds; nothing here asserts speed.
        context.SetDefaultTimeout(90_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        return await context.NewPageAsync();
    }

    public HttpClient NewClient() => new() { BaseAddress = BaseAddress };

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the WAL for a moment; a temp folder left behind is harmless.
        }
    }

    // ApiHost maps these once the coordinator wires them; mapping twice would make routing ambiguous.
    private static void MapIfMissing(WebApplication app, string pattern, Action<IEndpointRouteBuilder> map)
    {
        var routes = (IEndpointRouteBuilder)app;
        var present = routes.DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Any(e => string.Equals(e.RoutePattern.RawText, pattern, StringComparison.OrdinalIgnoreCase));
        if (!present)
        {
            map(app);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No KnowledgeGraph.sln above {AppContext.BaseDirectory}.");
    }
}
