using System.Text;

namespace KnowledgeGraph.Extraction.Text;

/// <summary>Case and accent folding shared by matching, ids and claim keys, so "Cossío" and "Cossio" compare equal.</summary>
internal static class TextFold
{
    // A table for the Latin range is built once from Unicode decomposition; beyond it characters are only lower-cased.
    private static readonly char[] Table = BuildTable();

    // Accented Latin letters and their bases, generated once from Unicode decomposition and written out here, because
    // the build runs with InvariantGlobalization (no ICU), where string.Normalize cannot be relied on.
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳ";
    private const string Bases = "aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzoouuaaiioouuuuuuuuuuaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhaaeeooooooooyy";

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

    /// <summary>Folds one character: lower case, accents removed, curly apostrophes made straight.</summary>
    public static char FoldChar(char c) => c switch
    {
        < (char)0x250 => Table[c],
        '\u2019' or '\u2018' => '\'',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>Folds a span to lower case without accents.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return "";
        }

        if (text.Length > 64)
        {
            var chars = new char[text.Length];
            FoldInto(text, chars);
            return new string(chars);
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

    [ThreadStatic]
    private static Dictionary<string, string>? _cache;

    private static void FoldInto(ReadOnlySpan<char> text, Span<char> dest)
    {
        for (var i = 0; i < text.Length; i++)
        {
            dest[i] = FoldChar(text[i]);
        }
    }

    /// <summary>A slug for ids: folded, letters and digits kept, everything else collapsed to single hyphens.</summary>
    public static string Slug(string name)
    {
        var sb = new StringBuilder(name.Length);
        var pendingHyphen = false;
        foreach (var ch in name)
        {
            var c = FoldChar(ch);
            if (char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && sb.Length > 0)
                {
                    sb.Append('-');
                }

                pendingHyphen = false;
                sb.Append(c);
            }
            else if (c != '.' && c != '\'')
            {
                pendingHyphen = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>The first hex characters of the SHA-256 of a string, for short stable ids.</summary>
    public static string ShortHash(string text, int hexChars = 12)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        var rented = System.Buffers.ArrayPool<byte>.Shared.Rent(max);
        try
        {
            var length = Encoding.UTF8.GetBytes(text, rented);
            Span<byte> hash = stackalloc byte[32];
            System.Security.Cryptography.SHA256.HashData(rented.AsSpan(0, length), hash);
            return Convert.ToHexStringLower(hash[..((hexChars + 1) / 2)])[..hexChars];
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
