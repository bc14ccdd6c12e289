using System.CommandLine;
using KnowledgeGraph.Cli.Commands;

var root = new RootCommand("kg: turn news articles into a graph of who said what, and serve it.")
{
    ExtractCommand.Create(),
    IngestCommand.Create(),
    LoadCommand.Create(),
    StatsCommand.Create(),
    ServeCommand.Create(),
    ExportCommand.Create(),
    EvalCommand.Create(),
};

return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
