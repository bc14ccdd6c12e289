namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>Runs a command body and turns any failure into one plain line on stderr and an exit code from the table.</summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Only a signal cancels a command (see Interrupt); it came before there was anything to finish.
            Terminal.Error("Interrupted.");
            return ExitCodes.Interrupted;
        }
#pragma warning disable CA1031 // The CLI's last line of defence: every failure becomes a sentence, not a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Terminal.Error(ex.Message);
            if (Environment.GetEnvironmentVariable("KG_DEBUG") == "1")
            {
                Console.Error.WriteLine(ex);
            }

            return ExitCodes.Failed;
        }
    }
}
