using BenchmarkDotNet.Running;
using KnowledgeGraph.Benchmarks;

if (args.Contains("--export-figures"))
{
    await ExportFigures.RunAsync();
    return;
}

if (args.Contains("--gazetteer-figures"))
{
    GazetteerFigures.Run();
    return;
}

if (args.Contains("--figures"))
{
    await SqliteFigures.RunAsync(ingestOnly: args.Contains("--ingest-only"));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
