namespace KnowledgeGraph.Extraction.Claims;

/// <summary>The claim normaliser's working buffers: the key's words, the readable and folded text, one join buffer.</summary>
internal sealed partial class ClaimNormalizer
{
    /// <summary>
    /// The claim key's words, distinct and (once joined) in ordinal order: a small list does what a sorted set did
    /// for the handful of words a claim has, without a tree node per word.
    /// </summary>
    private sealed class KeySet
    {
        private readonly List<string> _words = [];

        public int Count => _words.Count;

        public void Clear() => _words.Clear();

        public bool Contains(string word) => _words.Contains(word);

        public void Add(string word)
        {
            if (!_words.Contains(word))
            {
                _words.Add(word);
            }
        }

        public void Remove(string word) => _words.Remove(word);

        public ReadOnlySpan<char> Join(JoinBuffer buffer)
        {
            _words.Sort(Ordinal);
            return buffer.Join(_words);
        }
    }

    private static readonly Comparison<string> Ordinal = string.CompareOrdinal;

    /// <summary>A reused char buffer that words are joined into with single spaces, as <c>string.Join(' ', …)</c> would.</summary>
    private sealed class JoinBuffer
    {
        private char[] _chars = new char[256];

        public Span<char> Join(List<string> words)
        {
            var length = Math.Max(0, words.Count - 1);
            foreach (var w in words)
            {
                length += w.Length;
            }

            if (_chars.Length < length)
            {
                _chars = new char[Math.Max(length, _chars.Length * 2)];
            }

            var at = 0;
            for (var i = 0; i < words.Count; i++)
            {
                if (i > 0)
                {
                    _chars[at++] = ' ';
                }

                words[i].CopyTo(_chars.AsSpan(at));
                at += words[i].Length;
            }

            return _chars.AsSpan(0, at);
        }
    }

    /// <summary>
    /// The claim in two forms at once: the folded words (the id's fallback key when no content word is left, kept
    /// exactly as before so ids do not move) and the readable text people see.
    /// </summary>
    private sealed class Display
    {
        private readonly List<string> _readable = [];

        public List<string> Folded { get; } = [];

        public string? Last => Folded.Count > 0 ? Folded[^1] : null;

        public void Clear()
        {
            Folded.Clear();
            _readable.Clear();
        }

        /// <summary>Adds a word; <paramref name="readable"/> null adds it to the folded form only.</summary>
        public void Add(string folded, string? readable, bool possessive = false)
        {
            Folded.Add(folded);
            if (readable is not null)
            {
                _readable.Add(possessive ? Possessive(readable) : readable);
            }
        }

        /// <summary>A word the reader needs that the text did not write ("such a plan" for "no such plan"); not part of the key.</summary>
        public void AddReadable(string readable) => _readable.Add(readable);

        /// <summary>The readable words written since <paramref name="count"/> were, replaced by <paramref name="words"/> (readable only; the key is unchanged).</summary>
        public void ReplaceReadableSince(int count, params string[] words)
        {
            _readable.RemoveRange(count, _readable.Count - count);
            _readable.AddRange(words);
        }

        public int ReadableCount => _readable.Count;

        /// <summary>"the Cuban government" named "Cuba": the article before it goes (readable only; the key is unchanged).</summary>
        public void DropReadableArticle()
        {
            if (_readable.Count > 0 && _readable[^1] is "the" or "The")
            {
                _readable.RemoveAt(_readable.Count - 1);
            }
        }

        /// <summary>
        /// "pope Leo XIV" named "Pope Leo XIV": words just written that the name opens with again (a title outside the
        /// mention) go, so the name is not read twice ("Pope Pope Leo XIV"). Readable only; the key is unchanged.
        /// </summary>
        public void DropRepeatedLead(string name)
        {
            // The name's first words are read in place (this runs for every name of every claim); each of them ends at a space.
            var words = name.AsSpan().Count(' ') + 1;
            for (var n = Math.Min(3, Math.Min(words - 1, _readable.Count)); n >= 1; n--)
            {
                var same = true;
                var rest = name.AsSpan();
                for (var i = 0; i < n && same; i++)
                {
                    var space = rest.IndexOf(' ');
                    same = rest[..space].Equals(_readable[_readable.Count - n + i], StringComparison.OrdinalIgnoreCase);
                    rest = rest[(space + 1)..];
                }

                if (same)
                {
                    _readable.RemoveRange(_readable.Count - n, n);
                    return;
                }
            }
        }

        public void ReplaceLastReadable(string readable, bool possessive)
        {
            if (_readable.Count > 0)
            {
                _readable[^1] = possessive ? Possessive(readable) : readable;
            }
        }

        /// <summary>"'s" glued to the word before: "He's a player", "the company's plan" (readable only; the key is unchanged).</summary>
        public void AttachClitic()
        {
            if (_readable.Count > 0 && !_readable[^1].EndsWith("'s", StringComparison.Ordinal) && !_readable[^1].EndsWith('\''))
            {
                _readable[^1] += "'s";
            }
        }

        public void Punctuate(string mark)
        {
            if (_readable.Count > 0 && !_readable[^1].EndsWith(mark, StringComparison.Ordinal))
            {
                _readable[^1] += mark;
            }
        }

        private static string Possessive(string name) =>
            name.EndsWith("'s", StringComparison.Ordinal) ? name : name.EndsWith('s') ? name + "'" : name + "'s";

        public string Readable(JoinBuffer buffer)
        {
            var text = buffer.Join(_readable).TrimEnd([',', ';', ':', ' ']);
            if (text.Length > 0 && char.IsLower(text[0]))
            {
                text[0] = char.ToUpperInvariant(text[0]);
            }

            return text.Length == 0 ? "" : new string(text);
        }
    }
}
