namespace KnowledgeGraph.Extraction.Entities.Gazetteers;

/// <summary>
/// Reads the generated tab-separated files: '#' comment lines, then one header line that must name exactly the expected
/// columns in order, then rows with exactly that many fields. Any other shape is refused with the file and line.
/// </summary>
internal static class TsvTable
{
    /// <summary>Calls <paramref name="row"/> with the fields and 1-based line number of every data row.</summary>
    public static void Read(string text, string file, string[] columns, Action<string[], int> row)
    {
        var lineNumber = 0;
        var headerSeen = false;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }

            var fields = line.ToString().Split('\t');
            if (!headerSeen)
            {
                CheckHeader(fields, file, lineNumber, columns);
                headerSeen = true;
                continue;
            }

            if (fields.Length != columns.Length)
            {
                throw new GazetteerDataException(file, lineNumber, $"expected {columns.Length} tab-separated fields ({string.Join(", ", columns)}), found {fields.Length}.");
            }

            row(fields, lineNumber);
        }

        if (!headerSeen)
        {
            throw new GazetteerDataException(file, 0, $"it has no header line (expected: {string.Join(", ", columns)}).");
        }
    }

    private static void CheckHeader(string[] fields, string file, int line, string[] columns)
    {
        foreach (var f in fields)
        {
            if (!columns.Contains(f, StringComparer.Ordinal))
            {
                throw new GazetteerDataException(file, line, $"unknown column '{f}' (the columns are: {string.Join(", ", columns)}).");
            }
        }

        if (!fields.SequenceEqual(columns, StringComparer.Ordinal))
        {
            throw new GazetteerDataException(file, line, $"the header must be exactly: {string.Join(", ", columns)}.");
        }
    }

    /// <summary>A required non-empty field.</summary>
    public static string Required(string[] fields, int index, string column, string file, int line) =>
        fields[index].Length > 0 ? fields[index] : throw new GazetteerDataException(file, line, $"the {column} is empty.");
}
