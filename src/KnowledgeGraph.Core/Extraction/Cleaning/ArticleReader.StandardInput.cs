using System.IO.Compression;

namespace KnowledgeGraph.Extraction.Cleaning;

/// <summary>Standard input (<c>-</c>): JSON Lines, gzip-compressed or not, or else one article's text.</summary>
public sealed partial class ArticleReader
{
    private const string StandardInputLabel = "standard input";

    private IEnumerable<ArticleInput> ReadStandardInput()
    {
        Stream input;
        byte[] head;
        try
        {
            input = OpenStandardInput();
            head = ReadHead(input, 4096);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Report(StandardInputName, null, $"{StandardInputLabel} could not be read ({ex.Message}); skipped.");
            yield break;
        }

        using var stream = new PrefixedStream(head, input);
        var first = head.AsSpan().TrimStart(" \t\r\n"u8);
        if (head.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            using var gzip = new GZipStream(stream, CompressionMode.Decompress);
            foreach (var article in ReadJsonl(gzip, StandardInputLabel, "stdin", progress: null))
            {
                yield return article;
            }
        }
        else if (!first.IsEmpty && first[0] == (byte)'{')
        {
            foreach (var article in ReadJsonl(stream, StandardInputLabel, "stdin", progress: null))
            {
                yield return article;
            }
        }
        else
        {
            var text = ReadWholeInput(stream) is { } bytes ? DecodeText(bytes, StandardInputLabel) : null;
            if (text is not null)
            {
                yield return new ArticleInput("stdin", text);
            }
        }
    }

    private byte[]? ReadWholeInput(Stream stream)
    {
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[1 << 16];
            int read;
            while ((read = stream.Read(chunk)) > 0)
            {
                if (buffer.Length + read > MaxArticleBytes)
                {
                    Report(StandardInputName, null, $"{StandardInputLabel} is too large for one article (the limit is {MaxArticleBytes >> 20} MB); skipped.");
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (IOException ex)
        {
            Report(StandardInputName, null, $"{StandardInputLabel} could not be read ({ex.Message}); skipped.");
            return null;
        }
    }

    private static byte[] ReadHead(Stream stream, int size)
    {
        var head = new byte[size];
        var filled = 0;
        int read;
        while (filled < size && (read = stream.Read(head, filled, size - filled)) > 0)
        {
            filled += read;
        }

        return head[..filled];
    }

    /// <summary>A read-only stream that gives back the bytes already sniffed, then the rest of the inner stream.</summary>
    private sealed class PrefixedStream(byte[] prefix, Stream inner) : Stream
    {
        private int _offset;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_offset < prefix.Length)
            {
                var n = Math.Min(buffer.Length, prefix.Length - _offset);
                prefix.AsSpan(_offset, n).CopyTo(buffer);
                _offset += n;
                return n;
            }

            return inner.Read(buffer);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
