using System.Collections.Frozen;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace KnowledgeGraph.Evaluation;

/// <summary>
/// The matching rules of <c>../shared/dev/score.py</c>, function for function (<c>norm</c>, <c>tokens</c>,
/// <c>names_of</c>, <c>names_match</c>, <c>spans</c>, <c>overlap</c>, <c>jaccard</c>, <c>round</c>), with Python's
/// semantics where .NET's differ: Unicode combining classes, Python's white space, string indices in code points,
/// text files read with universal newlines, and <c>round(x, 3)</c> on the exact binary value.
/// </summary>
internal static class ScoreRules
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<FrozenDictionary<int, string>> Fold = new(LoadFold);

    /// <summary>
    /// score.py <c>norm</c>: NFKD, combining marks dropped, lower case, a leading "the" dropped, runs of anything but
    /// a–z and 0–9 made one space. NFKD is not available under InvariantGlobalization, so each non-ASCII character
    /// goes through a table of what norm makes of it (<c>Data/score-fold.txt</c>, generated from Python's unicodedata).
    /// </summary>
    public static string Norm(string? s)
    {
        // First the text as norm sees it after NFKD, dropping marks and lower-casing: letters and digits as
        // themselves, white space as ' ', everything else as '~'.
        var folded = new StringBuilder((s ?? "").Length);
        foreach (var rune in (s ?? "").EnumerateRunes())
        {
            var v = rune.Value;
            if (v < 0x80)
            {
                var c = char.ToLowerInvariant((char)v);
                folded.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : IsPythonSpace(c) ? ' ' : '~');
            }
            else if (Fold.Value.TryGetValue(v, out var value))
            {
                folded.Append(value);
            }
            else
            {
                folded.Append(rune.IsBmp && IsPythonSpace((char)v) ? ' ' : '~');
            }
        }

        // s.strip(), then re.sub(r"^the\s+", "", ...).
        var t = folded.ToString().Trim(' ');
        if (t.Length > 3 && t.StartsWith("the ", StringComparison.Ordinal))
        {
            t = t[3..].TrimStart(' ');
        }

        // re.sub(r"[^a-z0-9]+", " ", ...).strip()
        var result = new StringBuilder(t.Length);
        var inGap = false;
        foreach (var c in t)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                result.Append(c);
                inGap = false;
            }
            else if (!inGap)
            {
                result.Append(' ');
                inGap = true;
            }
        }

        return result.ToString().Trim(' ');
    }

    /// <summary>score.py <c>tokens</c>: the normalised words longer than two characters.</summary>
    public static HashSet<string> Tokens(string? s) =>
        [.. Norm(s).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => t.Length > 2)];

    /// <summary>score.py <c>names_of</c>: the normalised name and aliases, without the empty string.</summary>
    public static HashSet<string> NamesOf(string? name, IEnumerable<string?>? aliases)
    {
        var set = new HashSet<string>(StringComparer.Ordinal) { Norm(name) };
        foreach (var a in aliases ?? [])
        {
            set.Add(Norm(a));
        }

        set.Remove("");
        return set;
    }

    /// <summary>
    /// score.py <c>names_match</c>: a shared normalised name, or two names of two or more words each with the same
    /// first and last word ("Miguel Diaz-Canel" and "Miguel Mario Diaz Canel").
    /// </summary>
    public static bool NamesMatch(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Overlaps(b))
        {
            return true;
        }

        foreach (var x in a)
        {
            var xs = x.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (xs.Length < 2)
            {
                continue;
            }

            foreach (var y in b)
            {
                var ys = y.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (ys.Length >= 2 && xs[^1] == ys[^1] && xs[0] == ys[0])
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>score.py <c>spans</c>: every occurrence of <paramref name="s"/> in the text, overlapping ones too, in code points.</summary>
    public static List<(int Start, int End)> Spans(PythonText text, string? s)
    {
        var result = new List<(int, int)>();
        if (string.IsNullOrEmpty(s))
        {
            return result;
        }

        var length = s.EnumerateRunes().Count();
        for (var i = text.Value.IndexOf(s, StringComparison.Ordinal); i >= 0; i = text.Value.IndexOf(s, i + 1, StringComparison.Ordinal))
        {
            var start = text.CodePointIndex(i);
            result.Add((start, start + length));
        }

        return result;
    }

    /// <summary>score.py <c>overlap</c>: the shared length over the shorter span's length (at least 1).</summary>
    public static double Overlap((int Start, int End) a, (int Start, int End) b)
    {
        int lo = Math.Max(a.Start, b.Start), hi = Math.Min(a.End, b.End);
        if (hi <= lo)
        {
            return 0.0;
        }

        return (double)(hi - lo) / Math.Max(1, Math.Min(a.End - a.Start, b.End - b.Start));
    }

    /// <summary>score.py <c>jaccard</c>: shared tokens over all tokens, 0 when either side has none.</summary>
    public static double Jaccard(string? a, string? b) => Jaccard(Tokens(a), Tokens(b));

    /// <summary>score.py <c>jaccard</c> on token sets already computed.</summary>
    public static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0.0;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>score.py <c>r</c>: <c>round(a / b, 3)</c>, or 0.0 when <paramref name="b"/> is 0.</summary>
    public static double Ratio(int a, int b) => b == 0 ? 0.0 : Round3((double)a / b);

    /// <summary>
    /// Python's <c>round(x, 3)</c>: the exact binary value of <paramref name="x"/> rounded to three decimals, halves
    /// to even, then read back as the nearest double (.NET's Math.Round scales by 1000 first and can differ).
    /// </summary>
    public static double Round3(double x)
    {
        if (x == 0 || !double.IsFinite(x))
        {
            return x;
        }

        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(x));
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1; // subnormal
        }
        else
        {
            mantissa |= 1L << 52;
        }

        // |x| = mantissa * 2^(exponent - 1075); |x| * 1000 = numerator / denominator exactly.
        var shift = exponent - 1075;
        BigInteger numerator = new BigInteger(mantissa) * 1000, denominator = BigInteger.One;
        if (shift >= 0)
        {
            numerator <<= shift;
        }
        else
        {
            denominator <<= -shift;
        }

        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        var twice = remainder * 2;
        if (twice > denominator || (twice == denominator && !quotient.IsEven))
        {
            quotient += 1;
        }

        var rounded = double.Parse(quotient.ToString(CultureInfo.InvariantCulture) + "E-3", NumberStyles.Float, CultureInfo.InvariantCulture);
        return x < 0 ? -rounded : rounded;
    }

    /// <summary>A float as Python's <c>repr</c> and <c>json.dumps</c> print it (<c>0.44</c>, <c>0.0</c>, <c>1.0</c>).</summary>
    public static string PythonFloat(double x)
    {
        var s = x.ToString("R", CultureInfo.InvariantCulture);
        return s.Contains('.', StringComparison.Ordinal) || s.Contains('E', StringComparison.Ordinal) ? s : s + ".0";
    }

    /// <summary>Python's <c>str.isspace</c> (and the regex <c>\s</c>): .NET's white space plus the separators U+001C–U+001F.</summary>
    public static bool IsPythonSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001C' and <= '\u001F';

    /// <summary>
    /// A text file as score.py reads it (<c>open(path, encoding="utf-8").read()</c>): strict UTF-8, a byte-order mark
    /// kept as U+FEFF, and universal newlines (CR LF and CR become LF).
    /// </summary>
    public static PythonText ReadText(string path)
    {
        var text = StrictUtf8.GetString(File.ReadAllBytes(path));
        return new PythonText(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
    }

    private static FrozenDictionary<int, string> LoadFold()
    {
        const string resource = "KnowledgeGraph.Evaluation.score-fold.txt";
        using var stream = typeof(ScoreRules).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        var map = new Dictionary<int, string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var code = space < 0 ? line : line[..space];
            var value = space < 0 ? "" : line[(space + 1)..].Replace('_', ' ');
            map[int.Parse(code, NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = value;
        }

        return map.ToFrozenDictionary();
    }
}

/// <summary>A text with Python's string indices (code points) available beside .NET's (UTF-16 code units).</summary>
internal sealed class PythonText
{
    private readonly int[]? _pairsBefore;

    public PythonText(string value)
    {
        Value = value;
        if (value.Any(char.IsHighSurrogate))
        {
            _pairsBefore = new int[value.Length + 1];
            for (var i = 0; i < value.Length; i++)
            {
                var pair = char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
                _pairsBefore[i + 1] = _pairsBefore[i] + (pair ? 1 : 0);
            }
        }
    }

    public string Value { get; }

    /// <summary>The Python index of the character at UTF-16 index <paramref name="utf16Index"/>.</summary>
    public int CodePointIndex(int utf16Index) => _pairsBefore is null ? utf16Index : utf16Index - _pairsBefore[utf16Index];
}
