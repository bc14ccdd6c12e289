using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>
/// Writes extracted documents to the store in batches, one store transaction each (not to be confused with the
/// GraphQL read-side <c>BatchLoader</c> in the API). A refused batch is reported with the files it
/// held and the load goes on: what was stored before stays, and nothing of the refused batch is half-written.
/// </summary>
internal sealed class BatchWriter(IGraphStore store, int batchSize)
{
    private readonly List<ExtractedDocument> _pending = [];
    private int _documents;
    private int _statements;
    private int _refusedBatches;

    public async Task AddAsync(ExtractedDocument document, CancellationToken cancellationToken)
    {
        _pending.Add(document);
        if (_pending.Count >= batchSize)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        try
        {
            await store.UpsertAsync(_pending, cancellationToken).ConfigureAwait(false);
            _documents += _pending.Count;
            _statements += _pending.Sum(d => d.Statements.Count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _refusedBatches++;
            var files = string.Join(", ", _pending.Select(d => d.Source.File));
            Terminal.Error($"The store refused a batch of {_pending.Count} article(s) ({files}); none of them was written. {ex.Message}");
        }
        finally
        {
            _pending.Clear();
        }
    }

    /// <summary>Prints the one-line summary and returns the exit code.</summary>
    public async Task<int> SummariseAsync(TimeSpan elapsed, int skippedFiles, CancellationToken cancellationToken)
    {
        var counts = await store.GetCountsAsync(cancellationToken).ConfigureAwait(false);
        var problems = skippedFiles + _refusedBatches;
        var tail = problems == 0 ? "" : $"; {skippedFiles} file(s) skipped, {_refusedBatches} batch(es) refused";
        Console.Out.WriteLine(
            $"Loaded {_documents} article(s) with {_statements} statement(s) in {elapsed.TotalSeconds:0.00} s. " +
            $"Store now holds {counts.Articles} articles, {counts.Entities} entities, {counts.Claims} claims, {counts.Statements} statements{tail}.");
        return problems == 0 ? ExitCodes.Ok : (_documents == 0 ? ExitCodes.Failed : ExitCodes.SomeFailed);
    }
}
