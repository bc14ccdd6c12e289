using System.Diagnostics;
using KnowledgeGraph.Exports;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- --export-figures</c>: every export format over two synthetic graphs ten times apart in
/// size, written to a counting sink. Prints time, throughput, output size and the peak managed heap sampled during
/// each export, so the ratio of peaks shows whether memory follows the graph's size (it should not: exports stream).
/// </summary>
internal static class ExportFigures
{
    private const int Runs = 3;

    public static async Task RunAsync()
    {
        Console.WriteLine($"Export figures ({Environment.ProcessorCount} cores, {DateTime.UtcNow:u}); median of {Runs} runs per format");
        var sizes = new[] { 1_800, 18_000 };
        var peaks = new Dictionary<(int Articles, string Format), double>();
        foreach (var articles in sizes)
        {
            var clock = Stopwatch.StartNew();
            var path = await SqliteSyntheticGraph.EnsureAsync(articles);
            await using var store = new SqliteGraphStore(path);
            long relationships = 0;
            await foreach (var _ in store.StreamEdgesAsync())
            {
                relationships++;
            }

            Console.WriteLine($"graph of {articles:N0} articles: {relationships:N0} relationships (ready in {clock.Elapsed.TotalSeconds:F1} s)");
            foreach (var format in GraphExporter.Formats)
            {
                var seconds = new List<double>();
                var heaps = new List<double>();
                long bytes = 0;
                for (var run = 0; run < Runs; run++)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    var baseline = GC.GetTotalMemory(forceFullCollection: true);
                    using var sampler = new HeapSampler();
                    var sink = new CountingStream();
                    var watch = Stopwatch.StartNew();
                    await GraphExporter.ExportAsync(store, format.Name, center: null, depth: 1, sink);
                    watch.Stop();
                    seconds.Add(watch.Elapsed.TotalSeconds);
                    heaps.Add((sampler.Stop() - baseline) / 1_048_576.0);
                    bytes = sink.Length;
                }

                seconds.Sort();
                heaps.Sort();
                var median = seconds[Runs / 2];
                peaks[(articles, format.Name)] = heaps[Runs / 2];
                Console.WriteLine(
                    $"  {format.Name,-10} {median,6:F2} s  {relationships / median,10:N0} relationships/s  {bytes / 1_048_576.0,8:F1} MiB out  " +
                    $"peak heap above baseline {heaps[Runs / 2],6:F1} MiB");
            }
        }

        Console.WriteLine($"peak heap ratio, graph {sizes[1] / sizes[0]}x larger:");
        foreach (var format in GraphExporter.Formats)
        {
            var small = Math.Max(peaks[(sizes[0], format.Name)], 0.1);
            Console.WriteLine($"  {format.Name,-10} {peaks[(sizes[1], format.Name)] / small:F2}x");
        }
    }

    /// <summary>Samples the managed heap every 10 ms on a background thread and keeps the largest value.</summary>
    private sealed class HeapSampler : IDisposable
    {
        private readonly Timer _timer;
        private long _peak;

        public HeapSampler()
        {
            _peak = GC.GetTotalMemory(false);
            _timer = new Timer(_ => Sample(), null, 0, 10);
        }

        public long Stop()
        {
            _timer.Change(Timeout.Infinite, Timeout.Infinite);
            Sample();
            return Interlocked.Read(ref _peak);
        }

        public void Dispose() => _timer.Dispose();

        private void Sample()
        {
            var now = GC.GetTotalMemory(false);
            long seen;
            while (now > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, seen) != seen)
            {
            }
        }
    }

    /// <summary>A write-only stream that counts bytes and keeps none.</summary>
    private sealed class CountingStream : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Position;

        public override long Position { get; set; }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Position += count;

        public override void Write(ReadOnlySpan<byte> buffer) => Position += buffer.Length;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Position += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Position += count;
            return Task.CompletedTask;
        }
    }
}
