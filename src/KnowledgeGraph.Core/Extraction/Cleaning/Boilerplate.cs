namespace KnowledgeGraph.Extraction.Cleaning;

/// <summary>Recognises page furniture: navigation, related-story lists, notices, credits, lorem ipsum, Q&amp;A blocks.</summary>
internal static class Boilerplate
{
    // Lines after which the article body is over (the rest is the site's lists and footers).
    private static readonly HashSet<string> TailMarkers = new(StringComparer.Ordinal)
    {
        "source link", "latest posts", "latest from blog", "related posts", "related articles", "related stories",
        "related news", "related", "read more", "more stories", "you may also like", "you might also like",
        "recommended", "recommended for you", "more from", "categories", "tags", "previous story", "next story",
        "previous article", "next article", "previous post", "next post", "leave a comment", "leave a reply",
        "comments", "most read", "most popular", "trending", "share this article", "share this", "about the author",
        "sources", "source", "see also", "also read", "don't miss", "editor's picks", "popular posts", "latest news",
    };

    private static readonly HashSet<string> NavigationLines = new(StringComparer.Ordinal)
    {
        "home", "menu", "search", "subscribe", "sign in", "log in", "login", "register", "advertisement", "ad",
        "skip to content", "skip to main content", "share", "tweet", "print", "email", "facebook", "twitter", "x",
        "whatsapp", "linkedin", "telegram", "copy link", "close", "go to top", "go totop", "gototop", "back to top",
        "top", "listen", "listen to this article", "follow us", "newsletter", "sponsored", "video", "photo", "photos",
        "more", "load more", "accept", "reject", "accept all", "cookie settings",
    };

    private static readonly HashSet<string> QaHeadings = new(StringComparer.Ordinal)
    {
        "key questions", "key insights", "key takeaways", "key points", "frequently asked questions", "faq", "faqs",
        "questions and answers", "q&a", "common questions",
    };

    private static readonly HashSet<string> Lorem = new(StringComparer.Ordinal)
    {
        "lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit", "sed", "eiusmod", "tempor",
        "incididunt", "labore", "dolore", "magna", "aliqua", "enim", "minim", "veniam", "quis", "nostrud", "ullamco",
        "laboris", "nisi", "aliquip", "commodo", "consequat", "duis", "aute", "irure", "cum", "clita", "latine",
        "tation", "nominavi", "quo", "est", "possit", "error", "qualisque", "vel", "te", "mei", "eu", "ne", "nec",
        "usu", "vim", "eos", "duo", "ius", "mea", "pri", "wisi", "vix", "sea", "qui", "id", "ut", "et", "ex", "ea",
        "ad", "an", "at", "per", "pro", "his", "iriure", "omnium", "graeci", "alii", "erat", "assum", "tantas",
    };

    private static readonly char[] TrimChars = [' ', '.', ':', '!', '|', '>', '<', '-', '\u2013', '\u2014', '#', '*', '\u00BB', '\u2192'];

    /// <summary>Boilerplate when the line is page furniture; null when it may be article text.</summary>
    public static LineRole? Classify(ReadOnlySpan<char> line, string? folded, out bool startsTail, out bool startsQa)
    {
        startsTail = false;
        startsQa = false;
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

        if (IsNotice(key) || IsCredit(line, key) || IsLorem(key) || IsInlineLink(key) || IsBreadcrumb(key))
        {
            return LineRole.Boilerplate;
        }

        return null;
    }

    // Inline links and sharing rows inside the body: "Related: …", "Read also: …", "Share on X", "Filed under: Cuba".
    private static readonly string[] LinkPrefixes =
    [
        "related:", "related story:", "related article:", "read also:", "also read:", "read more:", "see also:", "more:",
        "watch:", "listen:", "recommended:", "you may be interested:", "lea tambien:", "te puede interesar:", "filed under:",
        "filed in:", "tags:", "topics:", "share on ", "share via ", "share this on ", "follow us on ",
    ];

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
