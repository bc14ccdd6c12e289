using System.Text.Json;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>The one-object form, <c>{"documents": [ … ]}</c>, one array element at a time.</summary>
internal sealed partial class FactsReader
{
    private JsonReaderState _state = new(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
    private bool _inDocuments;
    private bool _sawDocuments;
    private bool _done;
    private int _index;

    private IEnumerable<FactsEntry> ReadWrapped()
    {
        var found = new List<FactsEntry>();
        while (!_done)
        {
            found.Clear();
            bool needMore;
            try
            {
                needMore = Scan(found);
            }
            catch (JsonException ex)
            {
                found.Add(new FactsEntry(null, $"{name}: not valid JSON{After()} ({ex.Message}); the rest of the file is skipped."));
                _done = true;
                needMore = false;
            }

            foreach (var entry in found)
            {
                yield return entry;
            }

            if (needMore && !_done)
            {
                if (_final)
                {
                    yield return new FactsEntry(null, $"{name}: the file ends inside the JSON{After()}; the rest is missing.");
                    yield break;
                }

                if (Fill() is { } failure)
                {
                    yield return failure;
                    yield break;
                }
            }
        }

        if (!_sawDocuments)
        {
            yield return new FactsEntry(null, $"{name}: not a facts file: no \"documents\" array; skipped.");
        }
    }

    private string After() => _index == 0 ? "" : $" after documents[{_index - 1}]";

    /// <summary>Reads tokens from the buffer, adding each complete document; true when more bytes are needed to go on.</summary>
    private bool Scan(List<FactsEntry> found)
    {
        // Never the final block: a file cut short then reads as "needs more" (reported as such) rather than as bad JSON.
        // Inside the root object every value is followed by ',' or '}', so no token waits for the end of the data.
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), isFinalBlock: false, _state);
        var safe = 0L;
        var safeState = _state;
        try
        {
            while (true)
            {
                if (!reader.Read())
                {
                    return true;
                }

                if (reader.CurrentDepth == 0 && reader.TokenType is JsonTokenType.EndObject)
                {
                    _done = true;
                    return false;
                }

                if (reader.CurrentDepth == 0 && reader.TokenType is not JsonTokenType.StartObject)
                {
                    throw new JsonException("expected an object with a \"documents\" array");
                }

                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("documents"u8))
                    {
                        if (!reader.Read())
                        {
                            return true;
                        }

                        if (reader.TokenType != JsonTokenType.StartArray)
                        {
                            throw new JsonException("\"documents\" must be an array");
                        }

                        _inDocuments = _sawDocuments = true;
                    }
                    else if (!reader.TrySkip())
                    {
                        return true;
                    }
                }
                else if (_inDocuments && reader.CurrentDepth == 2 && reader.TokenType != JsonTokenType.EndArray)
                {
                    var begin = (int)reader.TokenStartIndex;
                    if (!reader.TrySkip())
                    {
                        return true;
                    }

                    var where = $"{name}: documents[{_index++}]";
                    found.Add(reader.TokenType == JsonTokenType.EndObject
                        ? Document(_buffer.AsSpan(_start + begin, (int)reader.BytesConsumed - begin), where, null)
                        : new FactsEntry(null, $"{where} is not an object; skipped."));
                }
                else if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.EndArray)
                {
                    _inDocuments = false;
                }

                safe = reader.BytesConsumed;
                safeState = reader.CurrentState;
            }
        }
        finally
        {
            // Resume after the last token taken whole; a token or document cut by the buffer's end is read again.
            _start += (int)safe;
            _state = safeState;
        }
    }
}
