using KnowledgeGraph.Extraction.Entities.Gazetteers;
using static KnowledgeGraph.Core.Tests.Extraction.Gazetteers.GazetteerText;

namespace KnowledgeGraph.Core.Tests.Extraction.Gazetteers;

public sealed class WordNetNamesTests
{
    private static NameKinds KindOf(string text)
    {
        var tokens = Tokens(text);
        return Gazetteer.Default.KindOfSpan(tokens, 0, tokens.Count);
    }

    [Theory]
    [InlineData("Abraham Lincoln", NameKinds.Person)]
    [InlineData("Federal Bureau of Investigation", NameKinds.Institution)]
    [InlineData("Red Cross", NameKinds.Institution)]
    [InlineData("Mississippi", NameKinds.Place)]
    [InlineData("Rio de Janeiro", NameKinds.Place)]
    public void Proper_names_have_the_kind_of_their_WordNet_class(string span, NameKinds kind) => Assert.Equal(kind, KindOf(span));

    [Fact]
    public void A_name_with_several_kinds_keeps_them_all() =>
        Assert.Equal(NameKinds.Person | NameKinds.Place | NameKinds.Institution, KindOf("Washington"));

    [Theory]
    [InlineData("abraham lincoln")]
    [InlineData("Fenerbahçe")]
    [InlineData("Ministry")]
    [InlineData("Lincoln Memorial Bank")]
    public void Lower_case_unknown_or_partial_spans_have_no_kind(string span) => Assert.Equal(NameKinds.None, KindOf(span));

    [Fact]
    public void The_longest_name_at_a_position_is_found()
    {
        var text = "a report by the Federal Bureau of Investigation on Monday";
        var tokens = Tokens(text);
        var match = Gazetteer.Default.WordNet.Match(tokens, IndexOf(tokens, text, "Federal"), tokens.Count);
        Assert.Equal(4, match.Length);
        Assert.Equal("law enforcement agency", match.Best.Class);
    }
}
