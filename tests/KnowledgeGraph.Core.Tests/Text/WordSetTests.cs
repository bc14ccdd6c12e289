using KnowledgeGraph.Extraction;
using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Core.Tests.Text;

public sealed class WordSetTests
{
    [Fact]
    public void Every_word_of_every_lexicon_list_is_found_by_string_and_by_span()
    {
        var lexicon = Lexicon.Default;
        var checkedWords = 0;
        foreach (var name in Lexicon.WordLists)
        {
            var list = lexicon.List(name);
            foreach (var word in list)
            {
                Assert.True(list.Contains(word), $"{name}: '{word}' not found");
                Assert.True(list.Contains(("x" + word + "x").AsSpan(1, word.Length)), $"{name}: '{word}' not found as a span");
                checkedWords++;
            }
        }

        Assert.True(checkedWords > 1000, $"only {checkedWords} words checked");
    }

    [Fact]
    public void Words_that_are_not_in_the_list_are_not_found_even_when_the_filter_lets_them_through()
    {
        var set = new WordSet(["said", "denied", "is"]);
        Assert.Equal(3, set.Count);
        Assert.False(set.Contains("sand")); // same length and ends as "said": the filter says maybe, the set says no
        Assert.False(set.Contains("sad"));
        Assert.False(set.Contains(""));
        Assert.False(set.Contains("Said")); // folded words only: ordinal
        Assert.True(set.Contains("denied".AsSpan()));
        Assert.False(set.Contains("deniedly".AsSpan(0, 5)));
    }

    [Fact]
    public void Across_many_words_of_running_text_the_set_answers_as_a_plain_set_would()
    {
        var members = new[] { "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their" };
        var set = new WordSet(members);
        var plain = members.ToHashSet(StringComparer.Ordinal);
        var words = Directory.GetFiles(Seeds.SeedDir, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).First()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', '"').ToLowerInvariant()).ToList();
        Assert.True(words.Count > 300);
        foreach (var w in words)
        {
            Assert.Equal(plain.Contains(w), set.Contains(w));
        }
    }
}
