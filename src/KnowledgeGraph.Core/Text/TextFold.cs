namespace KnowledgeGraph.Text;

/// <summary>
/// Case and accent folding, matching keys and id slugs, shared by the extraction and every store so that
/// "Cossío" and "Cossio" compare equal and a name gets the same id wherever it is turned into one.
/// </summary>
/// <remarks>
/// Latin letters with diacritics are mapped by a table, because the solution runs with InvariantGlobalization,
/// where <see cref="string.Normalize()"/> cannot be relied on to decompose accents. Every character folds to
/// exactly one character, so a position in folded text is the same position in the original. Other scripts are
/// only lower-cased. The mapping decides the ids of extracted entities: widening it changes ids in facts files.
/// </remarks>
public static partial class TextFold
{
    // A table for the Latin range is built once from Unicode decomposition; beyond it characters are only lower-cased.
    private static readonly char[] Table = BuildTable();

    // Accented Latin letters and their bases, generated once from Unicode decomposition and written out here.
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳ";
    private const string Bases = "aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzoouuaaiioouuuuuuuuuuaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhaaeeooooooooyy";

    [ThreadStatic]
    private static Dictionary<string, string>? _cache;

    private static char[] BuildTable()
    {
        var table = new char[0x250];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = char.ToLowerInvariant((char)c);
        }

        for (var i = 0; i < Accented.Length; i++)
        {
            table[Accented[i]] = Bases[i];
        }

        table['ß'] = 's';
        table['ø'] = 'o';
        table['Ø'] = 'o';
        table['ł'] = 'l';
        table['Ł'] = 'l';
        table['đ'] = 'd';
        table['Đ'] = 'd';
        table['æ'] = 'a';
        table['Æ'] = 'a';
        return table;
    }

    /// <summary>Folds one character: lower case, Latin accents removed, curly apostrophes made straight.</summary>
    /// <param name="c">The character to fold.</param>
    /// <returns>The folded character ('Í' → 'i', '’' → '\'').</returns>
    public static char FoldChar(char c) => c switch
    {
        < (char)0x250 => Table[c],
        '\u2019' or '\u2018' => '\'',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>
    /// Folds text to lower case without Latin accents, keeping punctuation, spaces and the length
    /// ("Fernández de Cossío" → "fernandez de cossio").
    /// </summary>
    /// <param name="text">The text to fold.</param>
    /// <returns>The folded text, as long as <paramref name="text"/>.</returns>
    public static string Fold(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return "";
        }

        if (text.Length > 64)
        {
            // Folded in a pooled buffer: the only allocation is the string itself.
            var rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length);
            FoldInto(text, rented);
            var result = new string(rented, 0, text.Length);
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
            return result;
        }

        // Short spans (words) are folded on the stack and shared through a per-thread cache: most words repeat.
        Span<char> buffer = stackalloc char[text.Length];
        FoldInto(text, buffer);
        var cache = _cache ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(buffer, out var known))
        {
            return known;
        }

        if (cache.Count > 200_000)
        {
            cache.Clear();
        }

        var folded = new string(buffer);
        cache[folded] = folded;
        return folded;
    }

    /// <summary>Folds <paramref name="text"/> into <paramref name="dest"/> (at least as long), as <see cref="Fold"/> would, making no string.</summary>
    internal static void FoldInto(ReadOnlySpan<char> text, Span<char> dest)
    {
        for (var i = 0; i < text.Length;)
        {
            // A run of ASCII folds to its lower case alone (the table says no more there), a vector at a time.
            System.Text.Ascii.ToLower(text[i..], dest[i..], out var ascii);
            for (i += ascii; i < text.Length && !char.IsAscii(text[i]); i++)
            {
                dest[i] = FoldChar(text[i]);
            }
        }
    }
}
