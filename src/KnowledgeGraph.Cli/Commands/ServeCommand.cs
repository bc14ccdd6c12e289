using System.CommandLine;
using KnowledgeGraph.Api;
using KnowledgeGraph.Cli.Infrastructure;
using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg serve [--store] [--urls]</c>: GraphQL at /graphql, GraphiQL at /graphiql, the viewer at /viewer.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var store = CliOptions.Store();
        var urls = new Option<string>("--urls")
        {
            Description = "Addresses to listen on (default http://127.0.0.1:5080).",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var noSample = new Option<bool>("--no-sample")
        {
            Description = "Do not load the built-in sample into an empty store.",
        };
        var command = new Command("serve", "Serve the GraphQL API, GraphiQL and the network viewer.") { store, urls, noSample };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            // The default store is created (with the sample) on first use; a store named on purpose must exist, so a typo is not served empty.
            if (parse.GetResult(store) is { Implicit: false } || Environment.GetEnvironmentVariable("KG_STORE") is not null)
            {
                StoreSession.EnsureExists(parse.GetValue(store)!);
            }

            var app = ApiHost.Build(
            [
                $"--Store={parse.GetValue(store)}",
                $"--urls={parse.GetValue(urls)}",
                $"--LoadSampleWhenEmpty={!parse.GetValue(noSample)}",
            ]);
            Terminal.Info($"Serving on {parse.GetValue(urls)}: /graphiql, /viewer, /graphql. Ctrl+C stops.");
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
