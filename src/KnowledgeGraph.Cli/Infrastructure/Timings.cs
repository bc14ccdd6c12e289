using System.Diagnostics;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>The <c>--timings</c> line: where the wall time went, and the peak memory of the process.</summary>
internal static class Timings
{
    public static string Describe(TimeSpan wall, ArticlePipeline pipeline, int workers, TimeSpan? store, TimeSpan? indexes = null)
    {
        var extraction = pipeline.ExtractionTime;
        var share = extraction.TotalSeconds / Math.Max(wall.TotalSeconds * workers, 0.001);
        var storePart = store is { } s ? $", store writes {s.TotalSeconds:0.0} s ({s.TotalSeconds / Math.Max(wall.TotalSeconds, 0.001):P0} of the wall time)" : "";
        if (indexes is { } built && built > TimeSpan.Zero)
        {
            storePart += $", index build {built.TotalSeconds:0.0} s";
        }

        using var self = Process.GetCurrentProcess();
        return $"Timings: wall {wall.TotalSeconds:0.0} s; extraction {extraction.TotalSeconds:0.0} s over {workers} worker(s) " +
            $"({share:P0} of their time){storePart}; peak memory {self.PeakWorkingSet64 >> 20} MB.";
    }
}
