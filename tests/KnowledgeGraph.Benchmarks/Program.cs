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

if (args.Length >= 2 && args[0] == "--synthetic-store")
{
    // For bench/query-figures.sh and bench/soak.sh: --synthetic-store <path> [articles] [statements per article].
    var articles = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 600_000;
    var perArticle = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 5;
    await SqliteSyntheticGraph.BuildAsync(args[1], articles, perArticle);
    return;
}

if (args.Contains("--figures"))
{
    await SqliteFigures.RunAsync(ingestOnly: args.Contains("--ingest-only"));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
