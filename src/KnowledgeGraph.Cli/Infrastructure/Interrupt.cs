using System.Runtime.InteropServices;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>
/// Turns the first Ctrl+C (SIGINT) or SIGTERM into a cancellation, so that a long command can finish its batch, print
/// its summary and exit 130; a second signal ends the process at once, as usual.
/// </summary>
internal sealed class Interrupt : IDisposable
{
    private readonly CancellationTokenSource _signalled = new();
    private readonly List<PosixSignalRegistration> _registrations = [];

    public Interrupt()
    {
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            try
            {
                _registrations.Add(PosixSignalRegistration.Create(signal, OnSignal));
            }
            catch (PlatformNotSupportedException)
            {
                // SIGTERM cannot be caught on every platform; Ctrl+C still can.
            }
        }
    }

    /// <summary>Cancelled at the first signal.</summary>
    public CancellationToken Token => _signalled.Token;

    /// <summary>True once a signal came.</summary>
    public bool Requested => _signalled.IsCancellationRequested;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _signalled.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (_signalled.IsCancellationRequested)
        {
            return; // The second signal: let the default action end the process.
        }

        context.Cancel = true;
        Terminal.Info("Interrupted: finishing the batch in progress; press Ctrl+C again to stop at once.");
        _signalled.Cancel();
    }
}
