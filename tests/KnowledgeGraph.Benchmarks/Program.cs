using BenchmarkDotNet.Running;
using KnowledgeGraph.Benchmarks;

if (args.Contains("--export-figures"))
{
    await ExportFigures.RunAsync();
    return;
}

if (args.Contains("--figures"))
{
    await SqliteFigures.RunAsync();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
