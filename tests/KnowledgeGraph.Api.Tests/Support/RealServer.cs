using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Support;

/// <summary>
/// The app as <c>kg serve</c> runs it, on a real Kestrel socket (127.0.0.1, a free port) over a temp SQLite store
/// with the sample: for requests that only a real server shows (slow bodies, raw headers, concurrency).
/// </summary>
public class RealServer : IAsyncLifetime
{
    private readonly ApiFactory _factory;

    public RealServer()
        : this(null)
    {
    }

    /// <summary>For fixtures with their own settings (rate limits, keys); xunit wants one public constructor.</summary>
    protected RealServer(IDictionary<string, string?>? settings, string? apiKey = null) => _factory = new ApiFactory(apiKey, settings: settings);

    /// <summary>Where the app listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        return ValueTask.CompletedTask;
    }

    /// <summary>A plain HTTP client on the real socket.</summary>
    public HttpClient NewClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();
}
