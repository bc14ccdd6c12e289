using KnowledgeGraph.Composition;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Initialises the store before the server accepts requests, and loads the sample into an empty store.</summary>
internal sealed partial class StoreStartup(IGraphStore store, IOptions<ApiOptions> options, ILogger<StoreStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        LogStoreReady(store.Description);
        if (!options.Value.LoadSampleWhenEmpty)
        {
            return;
        }

        var counts = await store.GetCountsAsync(cancellationToken);
        if (counts.Articles > 0)
        {
            return;
        }

        var sample = SampleFacts.Load();
        var result = await store.UpsertAsync(sample.Documents, cancellationToken);
        LogSampleLoaded(result.Documents, result.NewStatements);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Store ready: {Description}")]
    private partial void LogStoreReady(string description);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the sample: {Documents} articles, {Statements} statements.")]
    private partial void LogSampleLoaded(int documents, int statements);
}
