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

        return string.Create(text.Length, text.ToString(), static (dest, src) =>
        {
            for (var i = 0; i < src.Length; i++)
            {
                dest[i] = FoldChar(src[i]);
            }
        });
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
        var hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash)[..hexChars];
    }
}
