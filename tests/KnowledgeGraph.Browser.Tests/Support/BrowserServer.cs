using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KnowledgeGraph.Browser.Tests.Support;

/// <summary>
/// Shared browser-test fixture: the real app on a real socket (127.0.0.1, a free port) over a temp SQLite store
/// with the sample loaded, and one headless Debian chromium driven by Playwright (launch args from STACK.md).
/// </summary>
public sealed class BrowserServer : IAsyncLifetime
{
    /// <summary>Debian's chromium; Playwright's own browser downloads cannot run here.</summary>
    public const string Chromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kg-browser-" + Guid.NewGuid().ToString("N"));
    private BrowserAppFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where the app listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _factory = new BrowserAppFactory(_folder);
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        return ValueTask.CompletedTask;
    }

    /// <summary>A fresh browser context and page (1440×900) on the app; skips the test, with the reason, when chromium is missing.</summary>
    public async Task<IPage> NewPageAsync()
    {
        Assert.SkipUnless(File.Exists(Chromium), $"{Chromium} is missing: install it with `apt-get install -y chromium`.");
        if (_browser is null)
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ChromiumArgs });
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

    /// <summary>The repository root (the folder holding KnowledgeGraph.sln).</summary>
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>A plain HTTP client on the app's real socket.</summary>
    public HttpClient NewClient() => new() { BaseAddress = BaseAddress };

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold the WAL for a moment after shutdown; a temp folder left behind is harmless.
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
