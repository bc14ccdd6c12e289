namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>JSON Lines facts: one document per line.</summary>
internal sealed partial class FactsReader
{
    private IEnumerable<FactsEntry> ReadLines()
    {
        long number = 0;
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline < 0 && !_final)
            {
                if (Fill() is { } failure)
                {
                    yield return failure;
                    yield break;
                }

                continue;
            }

            var length = newline < 0 ? _end - _start : newline;
            if (length == 0 && newline < 0)
            {
                yield break;
            }

            number++;
            var line = _buffer.AsMemory(_start, length);
            _start += newline < 0 ? length : length + 1;
            if (!line.Span.Trim(" \t\r"u8).IsEmpty)
            {
                yield return Document(line.Span, $"{name} line {number}", number);
            }
        }
    }
}
