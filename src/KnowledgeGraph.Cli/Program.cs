using System.CommandLine;
using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Cli.Infrastructure;

var root = new RootCommand("kg: turn news articles into a graph of who said what, and serve it.\n\n" + ExitCodes.Table)
{
    ExtractCommand.Create(),
    IngestCommand.Create(),
    LoadCommand.Create(),
    StatsCommand.Create(),
    ServeCommand.Create(),
    ExportCommand.Create(),
    EvalCommand.Create(),
    SynthCommand.Create(),
};

var parse = root.Parse(args);
// Signals are ours (Interrupt): System.CommandLine would end the process two seconds after Ctrl+C, mid-batch.
var exitCode = await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }).ConfigureAwait(false);
return parse.Errors.Count > 0 ? ExitCodes.Failed : exitCode;
