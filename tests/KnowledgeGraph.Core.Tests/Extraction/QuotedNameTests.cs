using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Some wires print organisations' names in quotation marks ("“Harbour Front” denied …"). A quotation that holds only a
/// name before a speech verb or an organisation noun is that organisation, and it speaks; a one-word verdict in marks
/// before an inverted verb ("“Nonsense” said the minister") is no name. Invented text.
/// </summary>
public sealed class QuotedNameTests
{
    private static ExtractedDocument Extract(string body) => Invented.Extract("quoted-name.txt", body);

    [Theory]
    [InlineData("\"Harbour Front\" however, denied on Monday that it had planned a strike at the port.")]
    [InlineData("“Harbour Front” denied on Monday that it had planned a strike at the port.")]
    public void A_quoted_name_before_a_speech_verb_speaks(string sentence)
    {
        var doc = Extract("The port authority accused a dockers' movement of planning a strike.\n\n" + sentence);
        var entity = Assert.Single(doc.Entities, e => e.Name == "Harbour Front");
        Assert.Equal(EntityKind.Institution, entity.Kind);
        doc.Require(entity.Id, Stance.Denied, "planned a strike");
    }

    [Fact]
    public void A_quoted_name_before_an_organisation_noun_speaks()
    {
        var doc = Extract("Shelling hit the town overnight.\n\n\"Al-Sahel\" hospital said on Monday that four civilians had been wounded.");
        var entity = Assert.Single(doc.Entities, e => e.Name == "Al-Sahel");
        doc.Require(entity.Id, Stance.Said, "four civilians had been wounded");
    }

    [Fact]
    public void A_quoted_verdict_before_an_inverted_verb_is_no_name()
    {
        var doc = Extract("The port authority published its plan on Monday.\n\n\"Rubbish\" said the union about the plan for the port.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Rubbish");
    }

    [Fact]
    public void A_quoted_phrase_of_several_words_is_still_a_quotation()
    {
        var doc = Extract("Maria Okafor spoke to dockers on Monday.\n\n“The Port Is Ours” was the slogan she said the union would carry.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("Port Is Ours", StringComparison.Ordinal));
    }
}
