using KnowledgeGraph.Storage.Neo4j;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>How search text becomes the Lucene query sent to Neo4j's full-text indexes (no server needed).</summary>
public sealed class LuceneQueryTests
{
    [Theory]
    [InlineData("Díaz-Canel", "diaz AND (canel OR canel*)")]
    [InlineData("U.S.", "u AND (s OR s*)")]
    [InlineData("Cuba,", "(cuba OR cuba*)")]
    [InlineData("Fernández de Cossío", "fernandez AND de AND (cossio OR cossio*)")]
    [InlineData("is not negotiating", "(negotiating OR negotiating*)")]
    [InlineData("The Ministry of Foreign Affairs", "ministry AND foreign AND (affairs OR affairs*)")]
    [InlineData("cuba CUBA Cuba", "(cuba OR cuba*)")]
    public void Words_are_folded_like_the_indexed_keys_and_stop_words_dropped(string text, string expected)
    {
        Assert.Equal(expected, LuceneQuery.Build(LuceneQuery.Words(text), all: true));
    }

    [Fact]
    public void The_fallback_query_wants_any_word()
    {
        Assert.Equal("northern OR (harbour OR harbour*)", LuceneQuery.Build(LuceneQuery.Words("northern harbour"), all: false));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("\"(*")]
    [InlineData("the not of")]
    public void Text_without_searchable_words_gives_no_query(string text)
    {
        Assert.Empty(LuceneQuery.Words(text));
        Assert.Equal("", LuceneQuery.Build(LuceneQuery.Words(text), all: true));
    }

    [Fact]
    public void Every_lucene_special_character_is_escaped()
    {
        Assert.Equal(@"a\+\-\&\|\!\(\)\{\}\[\]\^\""\~\*\?\:\\\/b", LuceneQuery.Escape("a+-&|!(){}[]^\"~*?:\\/b"));
    }

    [Fact]
    public void The_stop_words_are_lucenes_english_set()
    {
        // EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, which standard-folding and english drop: 33 words.
        Assert.Equal(33, LuceneQuery.StopWords.Count);
        Assert.Contains("not", (IReadOnlySet<string>)LuceneQuery.StopWords);
        Assert.DoesNotContain("denied", (IReadOnlySet<string>)LuceneQuery.StopWords);
    }

    [Theory]
    [InlineData("Cuba and the United States are negotiating", "negotiation", "Cuba and the United States are [negotiating]")]
    [InlineData("Miguel Díaz-Canel", "canel", "Miguel Díaz-[Canel]")]
    [InlineData("The U.S. is not", "s", "The U.[S]. is not")]
    [InlineData("a cuban official", "cuba", "a [cuban] official")]
    public void Snippets_mark_the_word_the_index_matched(string text, string word, string expected)
    {
        Assert.Equal(expected, SearchSnippet.Around(text, [word]));
    }

    [Fact]
    public void A_snippet_marks_words_only_where_they_start()
    {
        Assert.Null(SearchSnippet.Around("the republic", ["public"]));
        Assert.Null(SearchSnippet.Around("nothing here", ["zeppelin"]));
    }
}
