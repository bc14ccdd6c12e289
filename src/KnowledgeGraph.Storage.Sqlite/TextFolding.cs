using System.Text;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// Case- and accent-folding for names and texts ("Fernández" → "fernandez"), plus slugs for ids.
/// </summary>
/// <remarks>
/// The projects run with InvariantGlobalization, where <see cref="string.Normalize()"/> does not decompose accents,
/// so Latin letters with diacritics are mapped by table. Other scripts are only lower-cased.
/// </remarks>
public static class TextFolding
{
    // Latin-1 Supplement U+00C0..U+00FF, one entry per code point ("" keeps the character).
    private static readonly string[] Latin1 =
    [
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
    ];

    // Latin Extended-A U+0100..U+017F, one letter per code point.
    private const string ExtendedA =
        "aaaaaacccccccc" + "dddd" + "eeeeeeeeee" + "gggggggg" + "hhhh" + "iiiiiiiiii" + "\u0001\u0001" + "jj" + "kkk" +
        "llllllllll" + "nnnnnnnnn" + "oooooo" + "\u0002\u0002" + "rrrrrr" + "ssssssss" + "tttttt" + "uuuuuuuuuuuu" + "ww" +
        "yyy" + "zzzzzz" + "s";

    /// <summary>
    /// Lower-cases, removes diacritics from Latin letters and turns every run of other characters than letters and digits
    /// into one space, so that "Jane Q. Doe" and "jane q doe" fold alike.
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c) && c is not (>= '\u0300' and <= '\u036F'))
            {
                space = builder.Length > 0;
                continue;
            }

            if (c is >= '\u0300' and <= '\u036F')
            {
                continue; // combining accents of already decomposed text
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            AppendFolded(builder, c);
        }

        return builder.ToString();
    }

    /// <summary>A slug for ids: folded, with every run of other characters than letters and digits turned into one dash.</summary>
    public static string Slug(string text)
    {
        var folded = Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    private static void AppendFolded(StringBuilder builder, char c)
    {
        if (c < '\u00C0')
        {
            builder.Append(char.ToLowerInvariant(c));
        }
        else if (c <= '\u00FF')
        {
            var mapped = Latin1[c - '\u00C0'];
            builder.Append(mapped.Length == 0 ? c : mapped);
        }
        else if (c <= '\u017F')
        {
            var mapped = ExtendedA[c - '\u0100'];
            builder.Append(mapped switch { '\u0001' => "ij", '\u0002' => "oe", _ => mapped.ToString() });
        }
        else
        {
            builder.Append(c switch
            {
                '\u0218' or '\u0219' => 's',
                '\u021A' or '\u021B' => 't',
                _ => char.ToLowerInvariant(c),
            });
        }
    }
}
