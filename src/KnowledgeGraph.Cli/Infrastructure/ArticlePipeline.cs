using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Cleaning;
using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>
/// Read → extract on N workers → one consumer, over bounded channels, so that a corpus of any size passes in constant
/// memory and the extraction uses every core. Work travels in slots of a few articles; the consumer awaits the slots in
/// the order they were read, so output order never depends on which worker was faster. At most
/// <see cref="PipelineOptions.Window"/> articles are between the reader and the consumer at any time.
/// </summary>
internal sealed class ArticlePipeline
{
    private readonly ArticleExtractor _extractor;
    private readonly PipelineOptions _options;
    private readonly ArticleReader _reader;
    private readonly List<ArticleReaderProblem> _problems = [];
    private long _extractionTicks;

    public ArticlePipeline(ArticleExtractor extractor, PipelineOptions options, Func<Stream>? standardInput = null)
    {
        if (options.Workers <= 0 || options.SlotSize <= 0 || options.Window < options.SlotSize)
        {
            throw new ArgumentException($"Workers and slot size must be positive and the window at least a slot, got {options}.", nameof(options));
        }

        _extractor = extractor;
        _options = options;
        _reader = new ArticleReader(_problems.Add) { OpenStandardInput = standardInput ?? Console.OpenStandardInput };
        // The workers hold pool threads for long stretches of CPU work: make room so the reader and the writer never wait for one.
        ThreadPool.GetMinThreads(out var workerThreads, out var ioThreads);
        ThreadPool.SetMinThreads(Math.Max(workerThreads, options.Workers + 4), ioThreads);
    }

    /// <summary>Bytes of input read so far, for progress against <see cref="ArticleReader.MeasureBytes"/>.</summary>
    public long BytesRead => _reader.BytesRead;

    /// <summary>Time spent in the extractor, summed over the workers.</summary>
    public TimeSpan ExtractionTime => TimeSpan.FromSeconds((double)Interlocked.Read(ref _extractionTicks) / Stopwatch.Frequency);

    public static ArticleExtractor CreateExtractor(string? registryPath, string? lexiconPath = null)
    {
        if (lexiconPath is not null)
        {
            Lexicon.Use(Lexicon.Load(lexiconPath)); // refused with file, line and reason before any article is read
        }

        return registryPath is null ? ArticleExtractor.CreateDefault() : new ArticleExtractor(EntityRegistry.Load(registryPath));
    }

    /// <summary>
    /// Reads, extracts and yields everything under <paramref name="paths"/> in input order, problems included where they
    /// occurred. Cancelling stops the reading and the workers at once; what was yielded stays yielded.
    /// </summary>
    public async IAsyncEnumerable<PipelineItem> RunAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var ordered = Channel.CreateBounded<Slot>(new BoundedChannelOptions(Math.Max(2, _options.Window / _options.SlotSize))
        {
            SingleReader = true,
            SingleWriter = true,
        });
        var work = Channel.CreateUnbounded<Slot>(new UnboundedChannelOptions { SingleWriter = true });
        // The reader blocks on I/O (and standard input may never end), so it is never awaited on the way out: it stops at its next article.
        _ = Task.Run(() => ProduceAsync(paths, ordered.Writer, work.Writer, stop.Token), CancellationToken.None);
        var workers = Enumerable.Range(0, _options.Workers).Select(_ => Task.Run(() => WorkAsync(work.Reader, stop.Token), CancellationToken.None)).ToArray();
        try
        {
            await foreach (var slot in ordered.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                foreach (var item in await slot.Results.Task.WaitAsync(cancellationToken).ConfigureAwait(false))
                {
                    yield return item;
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
    }

    private async Task ProduceAsync(IEnumerable<string> paths, ChannelWriter<Slot> ordered, ChannelWriter<Slot> work, CancellationToken cancellationToken)
    {
        try
        {
            var slot = new Slot();
            foreach (var article in _reader.Read(paths))
            {
                cancellationToken.ThrowIfCancellationRequested();
                TakeProblems(slot);
                slot.Add(article);
                if (slot.Articles.Count >= _options.SlotSize)
                {
                    await PublishAsync(slot, ordered, work, cancellationToken).ConfigureAwait(false);
                    slot = new Slot();
                }
            }

            TakeProblems(slot);
            await PublishAsync(slot, ordered, work, cancellationToken).ConfigureAwait(false);
            ordered.TryComplete();
        }
        catch (OperationCanceledException)
        {
            ordered.TryComplete();
        }
#pragma warning disable CA1031 // Handed to the consumer, which reports it: a reader failure must not vanish on a pool thread.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            ordered.TryComplete(ex);
        }
        finally
        {
            work.TryComplete();
        }
    }

    private void TakeProblems(Slot slot)
    {
        foreach (var problem in _problems)
        {
            slot.Items.Add(PipelineItem.Reported(problem));
        }

        _problems.Clear();
    }

    private static async Task PublishAsync(Slot slot, ChannelWriter<Slot> ordered, ChannelWriter<Slot> work, CancellationToken cancellationToken)
    {
        if (slot.Items.Count == 0)
        {
            return;
        }

        await ordered.WriteAsync(slot, cancellationToken).ConfigureAwait(false);
        if (slot.Articles.Count == 0)
        {
            slot.Results.TrySetResult([.. slot.Items]);
        }
        else
        {
            work.TryWrite(slot);
        }
    }

    private async Task WorkAsync(ChannelReader<Slot> work, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var slot in work.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    slot.Results.TrySetResult(await ProcessAsync(slot, cancellationToken).ConfigureAwait(false));
                }
                catch (OperationCanceledException)
                {
                    slot.Results.TrySetCanceled(cancellationToken);
                    return;
                }
#pragma warning disable CA1031 // The slot carries it to the consumer, which reports it in order.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    slot.Results.TrySetException(ex);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: the consumer has gone.
        }
    }

    private async Task<PipelineItem[]> ProcessAsync(Slot slot, CancellationToken cancellationToken)
    {
        var stored = _options.Stored is null
            ? new bool[slot.Articles.Count]
            : await _options.Stored.ContainsAsync(slot.Articles, cancellationToken).ConfigureAwait(false);
        var results = new PipelineItem[slot.Items.Count];
        var a = 0;
        for (var i = 0; i < results.Length; i++)
        {
            var item = slot.Items[i];
            if (item.Article is not { } article)
            {
                results[i] = item;
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            results[i] = stored[a++] ? PipelineItem.Stored(article) : Extract(article);
        }

        return results;
    }

    private PipelineItem Extract(ArticleInput article)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return PipelineItem.Extracted(article, _extractor.Extract(article));
        }
#pragma warning disable CA1031 // One article's failure is reported by name; the others go on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return PipelineItem.Failed(article, ex.Message);
        }
        finally
        {
            Interlocked.Add(ref _extractionTicks, Stopwatch.GetTimestamp() - started);
        }
    }

    /// <summary>Articles and the problems met before each, in input order, and the promise of their results.</summary>
    private sealed class Slot
    {
        public List<PipelineItem> Items { get; } = [];

        public List<ArticleInput> Articles { get; } = [];

        public TaskCompletionSource<PipelineItem[]> Results { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Add(ArticleInput article)
        {
            Items.Add(PipelineItem.Pending(article));
            Articles.Add(article);
        }
    }
}
