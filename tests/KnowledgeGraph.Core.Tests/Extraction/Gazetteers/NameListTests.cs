using KnowledgeGraph.Extraction.Entities.Gazetteers;

namespace KnowledgeGraph.Core.Tests.Extraction.Gazetteers;

public sealed class NameListTests
{
    private static readonly Gazetteer G = Gazetteer.Default;

    [Theory]
    [InlineData("miguel")]
    [InlineData("giorgia")]
    [InlineData("vladimir")]
    [InlineData("jose")]
    [InlineData("keir")]
    public void Given_names_are_known_by_their_folded_form(string folded) => Assert.True(G.IsGivenName(folded));

    [Theory]
    [InlineData("fenerbahce")]
    [InlineData("oshkosh")]
    [InlineData("reuters")]
    [InlineData("ministry")]
    public void Clubs_places_outlets_and_words_are_not_given_names(string folded) => Assert.False(G.IsGivenName(folded));

    [Fact]
    public void Common_surnames_are_known_and_flagged_apart_from_given_names()
    {
        Assert.True(G.IsSurname("garcia"));
        Assert.True(G.IsSurname("nguyen"));
        Assert.False(G.IsGivenName("nguyen"));
        Assert.False(G.IsSurname("miguel"));
    }

    [Fact]
    public void A_name_that_is_also_an_English_word_says_so()
    {
        Assert.True(G.Names.FlagsOf("will").HasFlag(NameFlags.CommonWord));
        Assert.True(G.Names.FlagsOf("will").HasFlag(NameFlags.Given));
        Assert.False(G.Names.FlagsOf("miguel").HasFlag(NameFlags.CommonWord));
        Assert.True(G.Names.FlagsOf("miguel").HasFlag(NameFlags.Male));
    }
}
