using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Cleaning;

/// <summary>Recognises page furniture: navigation, related-story lists, notices, credits, lorem ipsum, Q&amp;A blocks.</summary>
internal static class Boilerplate
{
    // Lines after which the article body is over (the rest is the site's lists and footers).
    private static WordSet TailMarkers => Lexicon.Current.TailMarkers;

    private static WordSet NavigationLines => Lexicon.Current.NavigationLines;

    private static WordSet QaHeadings => Lexicon.Current.QaHeadings;

    private static WordSet Lorem => Lexicon.Current.LoremWords;

    internal static readonly char[] TrimChars = [' ', '.', ':', '!', '|', '>', '<', '-', '\u2013', '\u2014', '#', '*', '\u00BB', '\u2192'];

    /// <summary>Boilerplate when the line is page furniture; null when it may be article text.</summary>
    public static LineRole? Classify(ReadOnlySpan<char> line, string? folded, out bool startsTail, out bool startsQa)
    {
        startsTail = false;
        startsQa = false;
        if (IsScript(line))
        {
            return LineRole.Boilerplate; // a page's script, scraped as text with the story
        }

        if (folded is null)
        {
            return null; // very long lines are running text (or a wall of text): never navigation
        }

        var key = folded.Trim(TrimChars);
        if (TailMarkers.Contains(key))
        {
            startsTail = true;
            return LineRole.Boilerplate;
        }

        if (NavigationLines.Contains(key) || key.Length == 0)
        {
            return LineRole.Boilerplate;
        }

        if (IsQaHeading(key))
        {
            startsQa = true;
            return LineRole.Boilerplate;
        }

        if (IsNotice(key) || IsCredit(line, key) || IsLorem(key) || IsInlineLink(key) || IsGluedLink(line, key) || IsBreadcrumb(key) || IsFollowPromo(key))
        {
            return LineRole.Boilerplate;
        }

        return null;
    }

    /// <summary>
    /// "cnxps.cmd.push(function () { … });", "if(catID==120){document.getElementsByClassName(…)…": a line of program code, by
    /// its punctuation: braces and a semicolon, and at least five of the marks code is made of ("{}();=") to every hundred
    /// characters. Prose has no braces; a line quoting one brace stays text.
    /// </summary>
    internal static bool IsScript(ReadOnlySpan<char> line)
    {
        if (line.Length < 20 || line.IndexOfAny('{', '}') < 0 || !line.Contains(';'))
        {
            return false;
        }

        var marks = 0;
        var braces = 0;
        foreach (var c in line)
        {
            marks += c is '{' or '}' or '(' or ')' or ';' or '=' ? 1 : 0;
            braces += c is '{' or '}' ? 1 : 0;
        }

        return braces >= 2 && marks * 100 >= line.Length * 5;
    }

    // Inline links and sharing rows inside the body: "Related: …", "Read also: …", "Share on X", "Filed under: Cuba".
    private static IReadOnlyList<string> LinkPrefixes => Lexicon.Current.LinkPrefixes;

    private static bool IsInlineLink(string key)
    {
        if (Words(key) > 25)
        {
            return false;
        }

        foreach (var prefix in LinkPrefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Read moreCuba denounces …", "RelatedThe port strike …": a link label glued to the linked headline, as pages lose
    /// the break between them when flattened to text (<see cref="Lexicon.LinkLabels"/>).
    /// </summary>
    private static bool IsGluedLink(ReadOnlySpan<char> line, string key)
    {
        if (Words(key) > 25)
        {
            return false;
        }

        line = line.TrimStart();
        foreach (var label in Lexicon.Current.LinkLabels)
        {
            if (line.Length > label.Length && line.StartsWith(label, StringComparison.OrdinalIgnoreCase) &&
                char.IsUpper(line[label.Length]) && char.IsLower(line[label.Length - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Platforms = ["twitter", "facebook", "instagram", "linkedin", "youtube", "tiktok", "whatsapp", "telegram", "threads"];

    /// <summary>
    /// "…, and follow 9to5Google on Twitter, Facebook, and LinkedIn to stay in the loop": the site asking to be followed on
    /// two or more platforms, in a line of its own, is furniture, whatever it opens with.
    /// </summary>
    private static bool IsFollowPromo(string key)
    {
        var follow = key.IndexOf("follow ", StringComparison.Ordinal);
        if (Words(key) > 60 || follow < 0)
        {
            return false;
        }

        // "follow us on", "follow 9to5Google on": the call itself, the site or "us" and "on" right after it
        var on = key.IndexOf(" on ", follow, StringComparison.Ordinal);
        if (on < 0 || on - follow > 30 || !StartsWithPlatform(key.AsSpan(on + 4)))
        {
            return false;
        }

        var named = 0;
        foreach (var platform in Platforms)
        {
            named += key.Contains(platform, StringComparison.Ordinal) ? 1 : 0;
        }

        return named >= 2;
    }

    private static bool StartsWithPlatform(ReadOnlySpan<char> rest)
    {
        foreach (var platform in Platforms)
        {
            if (rest.StartsWith(platform, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Home > Cuba > Politics", "Inicio » Cuba": a site's navigation path.</summary>
    private static bool IsBreadcrumb(string key) =>
        Words(key) <= 12 && (key.StartsWith("home ", StringComparison.Ordinal) || key.StartsWith("inicio ", StringComparison.Ordinal)) &&
        (key.Contains(" > ", StringComparison.Ordinal) || key.Contains(" \u00BB ", StringComparison.Ordinal) || key.Contains(" / ", StringComparison.Ordinal) || key.Contains(" | ", StringComparison.Ordinal));

    private static bool IsQaHeading(string key)
    {
        foreach (var heading in QaHeadings)
        {
            if (key.StartsWith(heading, StringComparison.Ordinal) && Words(key) <= 12)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNotice(string key) =>
        (key.Contains("cookie", StringComparison.Ordinal) &&
            (key.Contains("site", StringComparison.Ordinal) || key.Contains("consent", StringComparison.Ordinal) ||
             key.Contains("privacy", StringComparison.Ordinal) || key.Contains("browsing", StringComparison.Ordinal) ||
             key.Contains("personal data", StringComparison.Ordinal)))
        || key.Contains("gdpr", StringComparison.Ordinal)
        || key.Contains("all rights reserved", StringComparison.Ordinal)
        || key.StartsWith("copyright", StringComparison.Ordinal)
        || key.StartsWith("(c) ", StringComparison.Ordinal)
        || key.StartsWith("subscribe to", StringComparison.Ordinal)
        || key.StartsWith("sign up for", StringComparison.Ordinal)
        || key.StartsWith("follow us on", StringComparison.Ordinal)
        || key.StartsWith("click here", StringComparison.Ordinal);

    /// <summary>Copyright lines and photo credits ("Image © Cubadebate", "Photo: Reuters").</summary>
    private static bool IsCredit(ReadOnlySpan<char> line, string key)
    {
        if (line.Contains('\u00A9'))
        {
            return Words(key) <= 25;
        }

        return Words(key) <= 25 &&
            (key.StartsWith("photo:", StringComparison.Ordinal) || key.StartsWith("image:", StringComparison.Ordinal) ||
             key.StartsWith("photo credit", StringComparison.Ordinal) || key.StartsWith("credit:", StringComparison.Ordinal) ||
             key.StartsWith("file photo", StringComparison.Ordinal) || key.Contains("getty images", StringComparison.Ordinal) ||
             key.EndsWith("contributed to this report", StringComparison.Ordinal) || key.EndsWith("contributed reporting", StringComparison.Ordinal) ||
             key.StartsWith("(reporting by", StringComparison.Ordinal) || key.StartsWith("reporting by", StringComparison.Ordinal) ||
             key.StartsWith("editing by", StringComparison.Ordinal) || key.StartsWith("(editing by", StringComparison.Ordinal) ||
             key.Contains("(photo", StringComparison.Ordinal) || key.Contains("| photo", StringComparison.Ordinal) ||
             key.StartsWith("foto:", StringComparison.Ordinal) || key.Contains(" via getty", StringComparison.Ordinal));
    }

    private static int Words(string key) => key.AsSpan().Count(' ') + 1;

    private static bool IsLorem(string key)
    {
        if (!(key.Contains("lorem", StringComparison.Ordinal) || key.Contains(" est ", StringComparison.Ordinal) || key.Contains(" vel ", StringComparison.Ordinal) ||
              key.Contains(" cum ", StringComparison.Ordinal) || key.StartsWith("cum ", StringComparison.Ordinal) || key.Contains(" quo ", StringComparison.Ordinal) ||
              key.Contains(" sed ", StringComparison.Ordinal) || key.Contains(" ut ", StringComparison.Ordinal) || key.Contains(" id ", StringComparison.Ordinal)))
        {
            return false; // no Latin filler words at all: skip the word count
        }

        var words = 0;
        var lorem = 0;
        foreach (var raw in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.Trim('.', ',', ';', ':');
            words++;
            lorem += Lorem.Contains(w) ? 1 : 0;
        }

        return words >= 5 && lorem * 2 >= words && (key.Contains("lorem", StringComparison.Ordinal) || lorem * 10 >= words * 7 || lorem >= 8);
    }
}
