using BenchmarkDotNet.Running;
using KnowledgeGraph.Benchmarks;

if (args.Contains("--figures"))
{
    await SqliteFigures.RunAsync();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
