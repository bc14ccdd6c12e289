using System.CommandLine;
using KnowledgeGraph.Api;
using KnowledgeGraph.Cli.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg serve [--store] [--urls] [--no-sample] [--verbose]</c>: GraphQL at /graphql, GraphiQL at /graphiql, the viewer at /viewer.</summary>
internal static class ServeCommand
{
    /// <summary>What <c>kg serve --help</c> says besides the options: writing through the API and every setting the server reads.</summary>
    public const string Description = """
        Serve the GraphQL API (/graphql), GraphiQL (/graphiql), the network viewer (/viewer) and exports (/export/{format}).

        Writing: the ingestArticle mutation extracts an article and stores it. It is off until an API key is set
        (KG_API_KEY, at least 16 characters: it unlocks writes, so it must be too long to guess); clients send it in the
        X-Api-Key header. Wrong keys are limited per client (RateLimits__FailedKeyAttemptsPerMinute, default 5).

        Settings (environment variables; appsettings.json beside kg.dll holds the defaults):
          KG_API_KEY                          API key for ingestArticle (unset: writes are off)
          KG_STORE                            default for --store
          NEO4J_USER, NEO4J_PASSWORD          Neo4j credentials (NEO4J_DATABASE: database name)
          AllowedHosts                        Host names the server answers to (default localhost;127.0.0.1;[::1])
          Cors__Origins__0, __1, ...          other sites allowed to call the API from a browser (default none)
          RequestTimeoutSeconds               deadline per request, parse to answer (default 30)
          MaxRequestBytes                     largest request body (default 262144)
          GraphQL__MaxComplexity              cost budget of one query; nested page sizes multiply (default 50000)
          GraphQL__MaxDepth                   deepest field nesting (default 12)
          GraphQL__MaxAliases                 aliases per document (default 50)
          GraphQL__MaxRootFields              root fields per operation (default 20)
          GraphQL__MaxFragments               fragments per document (default 50)
          GraphQL__MaxSelections              field selections once fragments are spread (default 2000)
          GraphQL__MaxDirectives              directives per document (default 50)
          RateLimits__ConcurrentRequests      /graphql and /export requests running at once (default 8)
          RateLimits__QueueLength             requests waiting for a slot before 429 (default 64)
          RateLimits__PerClientPerSecond      requests per second per client address (default 20)
          RateLimits__PerClientBurst          burst per client address (default 40)
          LoadSampleWhenEmpty                 load the sample into an empty store (default true; --no-sample sets false)
        A bad value stops the start with a sentence naming it (exit code 2).
        """;

    private static readonly string[] Verbose = ["--Logging:LogLevel:Default=Information", "--Logging:LogLevel:Microsoft.AspNetCore=Information"];

    // kg prints a failed start as one sentence; the host's own log of the same failure would add a stack trace.
    private static readonly string[] Quiet = ["--Logging:LogLevel:Microsoft.Extensions.Hosting.Internal.Host=None"];

    public static Command Create()
    {
        var store = CliOptions.Store();
        var urls = new Option<string>("--urls")
        {
            Description = "Addresses to listen on (default http://127.0.0.1:5080; ASPNETCORE_URLS also works).",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ASPNETCORE_URLS") ?? ApiHost.DefaultUrls,
        };
        var noSample = new Option<bool>("--no-sample")
        {
            Description = "Do not load the built-in sample into an empty store.",
        };
        var verbose = new Option<bool>("--verbose")
        {
            Description = "Log every request (ASP.NET Core at Information); by default only warnings and errors are logged.",
        };
        var command = new Command("serve", Description) { store, urls, noSample, verbose };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            string[] args =
            [
                $"--Store={parse.GetValue(store)}",
                $"--urls={parse.GetValue(urls)}",
                .. parse.GetValue(noSample) ? ["--LoadSampleWhenEmpty=false"] : Array.Empty<string>(),
                .. parse.GetValue(verbose) ? Verbose : Quiet,
            ];
            var app = ApiHost.Build(args);
            await using (app.ConfigureAwait(false))
            {
                if (ApiHost.CheckSettings(app) is { } problem)
                {
                    Terminal.Error(problem);
                    return ExitCodes.Failed;
                }

                // The default store is created (with the sample) on first use; a store named on purpose must exist, so a typo is not served empty.
                if (parse.GetResult(store) is { Implicit: false } || Environment.GetEnvironmentVariable("KG_STORE") is not null)
                {
                    StoreSession.EnsureExists(parse.GetValue(store)!);
                }

                await app.StartAsync(cancellationToken).ConfigureAwait(false);
                var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
                Terminal.Info($"Serving on {string.Join(", ", addresses ?? [parse.GetValue(urls)!])}: /graphiql, /viewer, /graphql. Ctrl+C stops.");
                await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
                return ExitCodes.Ok;
            }
        }));
        return command;
    }
}
