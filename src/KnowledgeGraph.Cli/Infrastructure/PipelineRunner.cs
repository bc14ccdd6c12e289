using KnowledgeGraph.Extraction.Cleaning;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>
/// The loop that <c>kg ingest</c> and <c>kg extract</c> share: runs the pipeline with progress, reports each problem
/// once as it comes, hands each document to the command, and on Ctrl+C or SIGTERM stops taking new work and returns so
/// that the command can finish its batch and print the summary.
/// </summary>
internal static class PipelineRunner
{
    public static async Task RunAsync(string title, IReadOnlyList<string> inputs, ArticlePipeline pipeline, RunTally tally,
        Interrupt interrupt, Func<ExtractedDocument, Task> consume)
    {
        long processed = 0;
        await ProgressDisplay.RunAsync(title, ArticleReader.MeasureBytes(inputs), async progress =>
        {
            try
            {
                await foreach (var item in pipeline.RunAsync(inputs, interrupt.Token).ConfigureAwait(false))
                {
                    if (item.Problem is { } problem)
                    {
                        tally.Problem(problem);
                    }
                    else if (item.AlreadyStored)
                    {
                        tally.Unchanged();
                        processed++;
                    }
                    else if (item.Document is { } document)
                    {
                        foreach (var warning in document.Warnings)
                        {
                            tally.Warning(item.Article!.File, warning);
                        }

                        await consume(document).ConfigureAwait(false);
                        processed++;
                    }

                    progress.Update(processed, pipeline.BytesRead);
                }

                progress.Complete();
            }
            catch (OperationCanceledException) when (interrupt.Requested)
            {
                tally.Interrupted = true;
            }

            return processed;
        }).ConfigureAwait(false);

        if (processed == 0 && tally.Problems == 0 && !tally.Interrupted)
        {
            Terminal.Warn("No articles were found: kg reads .txt, .html, .htm, .jsonl and .jsonl.gz files, folders of them, and - for standard input.");
        }
    }
}
