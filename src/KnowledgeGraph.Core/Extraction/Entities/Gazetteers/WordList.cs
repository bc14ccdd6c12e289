using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction.Entities.Gazetteers;

/// <summary>
/// Plain English words (words.tsv, WordNet lemmas of three to ten letters), for reading a site's name out of its host:
/// "footballnewsfeed" is "football news feed". One frozen-set probe per candidate word; names of places and people
/// count as words where the caller says so ("indiawest").
/// </summary>
public sealed class WordList
{
    internal static readonly string[] Columns = ["word"];

    // The longest word tried (the list holds three to ten letters; the caller's words may be longer: "independent"), and how many letters a split may leave that are no word (the "am" of "cityam", the "et" of "etnownews").
    private const int LongestWord = 12;
    private const int MostUnknownLetters = 2;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

    private WordList(FrozenSet<string> words)
    {
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = words.Count;
    }

    /// <summary>Words known.</summary>
    public int Count { get; }

    /// <summary>True when the lower-case word is known.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _words.Contains(word);

    /// <summary>
    /// The words a run of lower-case letters is made of, fewest first ("podiumnews" → podium, news), or null when it is
    /// one word or no split leaves at most two letters that are no word ("courant" stays whole). Dynamic programming
    /// over split points: a known word costs 2 (3 when it has three letters or fewer), a letter that is no word 3, so fewer and longer words win.
    /// </summary>
    public IReadOnlyList<string>? Split(string run, Func<string, bool>? alsoWord = null, Func<string, bool>? preferred = null)
    {
        var n = run.Length;
        if (n < 5 || n > 64 || !run.All(char.IsAsciiLetterLower) || Contains(run) || (alsoWord is not null && alsoWord(run)))
        {
            return null; // one word ("american", "guardian")
        }

        var cost = new int[n + 1];
        var from = new int[n + 1];
        var known = new bool[n + 1];
        Array.Fill(cost, int.MaxValue);
        cost[0] = 0;
        for (var i = 1; i <= n; i++)
        {
            for (var j = Math.Max(0, i - LongestWord); j < i; j++)
            {
                if (cost[j] == int.MaxValue)
                {
                    continue;
                }

                // A two-letter word only opens the run ("we|are|green|bay"), where "lat|in" and "c|it|yam" cannot come from;
                // two consonants the caller knows, before a word it prefers ("india|tv|news"), are an abbreviation.
                var two = i - j == 2 && !IsVowel(run[j]) && !IsVowel(run[j + 1]) && PreferredAt(i);
                var isWord = (i - j >= 3 && Contains(run.AsSpan(j, i - j))) || ((i - j >= 3 || j == 0) && i - j >= 2 && alsoWord is not null && alsoWord(run[j..i])) ||
                    (two && preferred!(run[j..i]));
                // A word the caller prefers (an outlet's name word: "news|now", not "new|snow") costs one less.
                var c = cost[j] + (isWord ? (i - j <= 3 ? 3 : 2) - (i - j >= 3 && preferred is not null && preferred(run[j..i]) ? 1 : 0) : 3 * (i - j));
                if (c < cost[i])
                {
                    (cost[i], from[i], known[i]) = (c, j, isWord);
                }
            }
        }

        var parts = new List<string>();
        var unknown = 0;
        for (var i = n; i > 0; i = from[i])
        {
            parts.Add(run[from[i]..i]);
            unknown += known[i] ? 0 : i - from[i];
        }

        parts.Reverse();
        if (parts.Count < 2 || unknown > MostUnknownLetters || parts.Exists(part => part.Length == 1))
        {
            return null; // "sandie|gore|d", "w|omens|agenda": a lone letter is a misreading
        }

        // Letters that are no word only at an end ("et|now|news", "city|am"), and beside a word of four letters or more
        // when there are only two parts: "cog|ni|current" and "la|tin" are misreadings, not names.
        for (var k = 1; k < parts.Count - 1; k++)
        {
            if (!IsWordPart(parts[k]) && !(parts[k].Length == 2 && preferred is not null && preferred(parts[k]) && preferred(parts[k + 1])))
            {
                return null;
            }
        }

        return parts.Count == 2 && unknown > 0 && !parts.Exists(p => p.Length >= 4 && IsWordPart(p)) ? null : parts;

        bool IsWordPart(string part) => part.Length >= 2 && (Contains(part) || (alsoWord is not null && alsoWord(part)));

        bool PreferredAt(int at)
        {
            for (var k = at + 3; preferred is not null && k <= n && k <= at + LongestWord; k++)
            {
                if (preferred(run[at..k]))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    internal static WordList Parse(string text, string file)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        TsvTable.Read(text, file, Columns, (f, line) =>
        {
            var word = TsvTable.Required(f, 0, "word", file, line);
            if (!word.All(char.IsAsciiLetterLower))
            {
                throw new GazetteerDataException(file, line, $"'{word}' is not a lower-case word of letters a-z.");
            }

            if (!words.Add(word))
            {
                throw new GazetteerDataException(file, line, $"duplicate word: {word}.");
            }
        });

        return new WordList(words.ToFrozenSet(StringComparer.Ordinal));
    }
}
