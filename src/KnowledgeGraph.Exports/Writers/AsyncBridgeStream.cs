namespace KnowledgeGraph.Exports.Writers;

/// <summary>
/// Takes the synchronous writes that <see cref="System.IO.Compression.ZipArchive"/> still makes when entries and
/// the archive are closed, holds them briefly, and hands them on with <see cref="DrainAsync"/>, so that the real
/// output (an HTTP response refuses synchronous writes) only ever sees asynchronous ones. The caller drains
/// every few hundred rows, so only one batch of compressed bytes is ever held.
/// </summary>
internal sealed class AsyncBridgeStream(Stream output) : Stream
{
    private readonly MemoryStream _pending = new();
    private long _position;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    /// <summary>Writes everything held so far to the real output, asynchronously.</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        if (_pending.Length == 0)
        {
            return;
        }

        await output.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), cancellationToken).ConfigureAwait(false);
        _pending.SetLength(0);
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        _pending.Write(buffer, offset, count);
        _position += count;
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _pending.Write(buffer);
        _position += buffer.Length;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer, offset, count);
        return Task.CompletedTask;
    }

    public override void Flush()
    {
        // Held bytes go out on DrainAsync only: flushing here would be a synchronous write to the output.
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pending.Dispose();
        }

        base.Dispose(disposing);
    }
}
