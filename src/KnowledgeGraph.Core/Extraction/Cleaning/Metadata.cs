using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Cleaning;

/// <summary>Reads title, publisher, date, author and URL from what the text itself states in its header and footer.</summary>
internal static partial class Metadata
{
    private const string Months = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

    [GeneratedRegex(@"\b(" + Months + @")\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + Months + @")\.?,?\s+(\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(\d{4})-(\d{2})-(\d{2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(\d{1,2})([./])(\d{1,2})[./](\d{4})\b")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b[Bb]y\s+([A-Z][\p{L}'\-]+(?:\s+(?:[A-Z][\p{L}'\-]+|de|da|van|von|del|la)){0,4})\s*$")]
    private static partial Regex Byline();

    // "HAVANA, Feb 3 (Reuters) -", "MEXICO CITY (AP) —", "RICHMOND, Va. (AP) _" (ASCII wire copy's dash), "DHAKA, Mar 3 (BSS):", "MOSCOW, June 26. /TASS/.", "New Delhi, May 3
    // (PTI) The …": the agency credited in a wire dateline (a colon only after a place in capitals, so "Minister Alam
    // (Labour): …" credits nobody; no mark at all only after a date and for an agency's capitals).
    [GeneratedRegex(@"^\s*(?:\p{Lu}[^()\n]{1,60}\((\p{Lu}[^()\n]{1,30})\)\s*(?:[-\u2014\u2013]|_\s)|\p{Lu}[^()\n]{1,50},\s\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2}\s\((\p{Lu}{2,6})\)(?:\s\p{Lu}|\s*$)|\p{Lu}{2}[\p{Lu} .'\-]*,[^()\n]{1,30}\((\p{Lu}[^()\n]{1,30})\)\s*:|\p{Lu}{2}[\p{Lu} .'\-]*,[^/()\n]{1,30}/(\p{Lu}[\p{Lu}\- ]{1,20})/\s*[.:\-\u2014\u2013])")]
    private static partial Regex WireDateline();

    [GeneratedRegex(@"^\s*(?:url|link|source|permalink)\s*:\s*(https?://\S+)|^\s*(https?://\S+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex UrlLine();

    [GeneratedRegex(@"^\s*\d+\s+(?:mins?|minutes?)\s+read\s*$|^\s*(?:reading time|read time)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReadingTime();

    [GeneratedRegex(@"^(?:today|published|updated|posted|date|last updated)\s*:?\s", RegexOptions.IgnoreCase)]
    private static partial Regex DatePrefix();

    /// <summary>True for lines that only carry metadata: a URL, a date (with optional byline), reading time, "By X".</summary>
    public static bool IsMetadataLine(ReadOnlySpan<char> line)
    {
        if (line.Length > 160)
        {
            return false;
        }

        // Cheap checks first: the regular expressions only run on lines that could match them.
        var hasDigit = line.IndexOfAnyInRange('0', '9') >= 0;
        if ((line.Contains("http", StringComparison.Ordinal) && UrlLine().IsMatch(line)) ||
            (hasDigit && line.Contains("read", StringComparison.OrdinalIgnoreCase) && ReadingTime().IsMatch(line)))
        {
            return true;
        }

        var words = line.Count(' ') + 1;
        if ((line.StartsWith("By ", StringComparison.Ordinal) || line.StartsWith("Author:", StringComparison.Ordinal) ||
             line.StartsWith("Written by ", StringComparison.Ordinal)) && words <= 7 && !line.Contains('.'))
        {
            return true;
        }

        if (!hasDigit || line.IndexOfAnyInRange('0', '9') is var firstDigit && !HasYear(line))
        {
            return false;
        }

        // The anchored prefix test is cheap and decides most long lines before the four date expressions run.
        var s = line.ToString();
        return (words <= 10 || DatePrefix().IsMatch(s)) && TryDate(s, out _);
    }

    /// <summary>Four digits in a row (a year) somewhere in the line: every date format here has one.</summary>
    private static bool HasYear(ReadOnlySpan<char> line)
    {
        var run = 0;
        foreach (var c in line)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds an ISO date (yyyy-MM-dd) in a short line.</summary>
    public static bool TryDate(string line, out string iso)
    {
        iso = "";
        if (MonthDayYear().Match(line) is { Success: true } m1)
        {
            return Compose(m1.Groups[3].Value, MonthNumber(m1.Groups[1].Value), m1.Groups[2].Value, out iso);
        }

        if (DayMonthYear().Match(line) is { Success: true } m2)
        {
            return Compose(m2.Groups[3].Value, MonthNumber(m2.Groups[2].Value), m2.Groups[1].Value, out iso);
        }

        if (IsoDate().Match(line) is { Success: true } m3)
        {
            return Compose(m3.Groups[1].Value, int.Parse(m3.Groups[2].Value, CultureInfo.InvariantCulture), m3.Groups[3].Value, out iso);
        }

        if (NumericDate().Match(line) is { Success: true } m4)
        {
            // Dots and single numbers above 12 say day-first (02.02.2026 is European); slashes default to US month-first.
            var a = int.Parse(m4.Groups[1].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(m4.Groups[3].Value, CultureInfo.InvariantCulture);
            var dayFirst = m4.Groups[2].Value == "." || a > 12;
            return Compose(m4.Groups[4].Value, dayFirst ? b : a, (dayFirst ? a : b).ToString(CultureInfo.InvariantCulture), out iso);
        }

        return false;
    }

    /// <summary>The byline in a date line ("Thursday, February 5, 2026 by Felix Ortiz") or a "By X" line.</summary>
    public static string? TryAuthor(string line) =>
        Byline().Match(line) is { Success: true } m && line.Length <= 160 ? m.Groups[1].Value.Trim() : null;

    public static string? TryUrl(string line) =>
        line.Contains("://", StringComparison.Ordinal) && UrlLine().Match(line) is { Success: true } m ? (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value) : null;

    private static bool Compose(string year, int month, string day, out string iso)
    {
        iso = "";
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(Math.Clamp(y, 1, 9999), month) || y < 1900 || y > 2200)
        {
            return false;
        }

        iso = $"{y:D4}-{month:D2}-{d:D2}";
        return true;
    }

    private static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };
}
