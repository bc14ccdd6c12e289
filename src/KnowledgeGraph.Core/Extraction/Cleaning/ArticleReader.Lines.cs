namespace KnowledgeGraph.Extraction.Cleaning;

/// <summary>Splits a byte stream into lines without decoding it: JSON is parsed from UTF-8 bytes directly.</summary>
public sealed partial class ArticleReader
{
    private sealed class LineReader(Stream stream)
    {
        /// <summary>A longer line is skipped (and reported), so that a file without line breaks cannot take all memory.</summary>
        public const int MaxLineBytes = 32 << 20;

        private byte[] _buffer = new byte[1 << 16];
        private int _start;
        private int _end;
        private bool _endOfStream;

        /// <summary>The current line, without its line break; valid until the next <see cref="MoveNext"/>.</summary>
        public ReadOnlyMemory<byte> Current { get; private set; }

        /// <summary>True when the current line was longer than <see cref="MaxLineBytes"/> and was dropped.</summary>
        public bool TooLong { get; private set; }

        /// <summary>The 1-based number of the current line (0 before the first).</summary>
        public long Number { get; private set; }

        /// <summary>Bytes taken from the stream so far (decompressed bytes, for gzip).</summary>
        public long BytesRead { get; private set; }

        public bool MoveNext()
        {
            TooLong = false;
            while (true)
            {
                var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    return Take(newline, newline + 1);
                }

                if (_endOfStream)
                {
                    return _start < _end && Take(_end - _start, _end - _start);
                }

                Fill();
            }
        }

        private bool Take(int length, int consumed)
        {
            var line = _buffer.AsMemory(_start, length);
            Current = line.Span.EndsWith((byte)'\r') ? line[..^1] : line;
            _start += consumed;
            Number++;
            return true;
        }

        private void Fill()
        {
            if (_start > 0)
            {
                _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
                _end -= _start;
                _start = 0;
            }

            if (_end == _buffer.Length)
            {
                if (_buffer.Length >= MaxLineBytes)
                {
                    SkipLongLine();
                    return;
                }

                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            var read = stream.Read(_buffer, _end, _buffer.Length - _end);
            BytesRead += read;
            _endOfStream = read == 0;
            _end += read;
        }

        /// <summary>Drops bytes up to the next line break and leaves an empty, too-long line behind it in the buffer.</summary>
        private void SkipLongLine()
        {
            while (true)
            {
                var read = stream.Read(_buffer, 0, _buffer.Length);
                BytesRead += read;
                var newline = _buffer.AsSpan(0, read).IndexOf((byte)'\n');
                if (read == 0 || newline >= 0)
                {
                    // The too-long line becomes an empty one; MoveNext reports it through TooLong.
                    _buffer[0] = (byte)'\n';
                    var rest = read == 0 ? 0 : read - newline - 1;
                    _buffer.AsSpan(newline + 1, rest).CopyTo(_buffer.AsSpan(1));
                    _start = 0;
                    _end = 1 + rest;
                    _endOfStream = read == 0;
                    TooLong = true;
                    Array.Resize(ref _buffer, Math.Max(1 << 16, _end));
                    return;
                }
            }
        }
    }
}
