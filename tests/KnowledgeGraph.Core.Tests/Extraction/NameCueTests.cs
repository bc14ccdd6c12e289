using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Unknown names found from the words around them, on invented sentences (issue 13 §1): the name inside a hyphenated
/// modifier ("the Jane Roe-led group"), and the other cues of this file's tests.
/// </summary>
public sealed class NameCueTests
{
    private static ExtractedDocument Extract(string body) => Invented.Extract("cues.txt", body);

    private static EntityKind? KindOf(ExtractedDocument doc, string name) =>
        doc.Entities.SingleOrDefault(e => e.Name == name || e.Aliases.Contains(name))?.Kind;

    [Theory]
    [InlineData("The berths were sold to the Tessa Marlowe-led conglomerate last year.", "Tessa Marlowe", EntityKind.Person)]
    [InlineData("Dockers cheered the Dragan Vukovic-owned shipping line on Friday.", "Dragan Vukovic", EntityKind.Person)]
    [InlineData("The pier was rebuilt by a Harlow Ports-backed venture in May.", "Harlow Ports", EntityKind.Institution)]
    public void The_name_inside_a_hyphenated_modifier_is_an_entity(string sentence, string name, EntityKind kind) =>
        Assert.Equal(kind, KindOf(Extract(sentence), name));

    [Theory]
    [InlineData("The Saudi-led coalition left the port.")]
    [InlineData("A Harlow-owned tug towed the ship.")]
    public void A_single_word_before_a_modifier_makes_no_entity(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Entities, e => e.Kind != EntityKind.Place);

    [Theory]
    [InlineData("Dockers were laid off at QXR earlier this year, the union said.", "QXR")]
    [InlineData("The harbour board signed a lease with QXR on Friday.", "QXR")]
    [InlineData("QXR has cut 300 jobs at the harbour since May.", "QXR")]
    public void An_acronym_after_an_organisation_preposition_or_before_a_verb_is_an_institution(string sentence, string name) =>
        Assert.Equal(EntityKind.Institution, KindOf(Extract(sentence), name));

    [Theory]
    [InlineData("Dockers with COVID stayed at home on Friday, the union said.", "COVID")]
    [InlineData("The harbour board said GDP grew by two per cent last year.", "GDP")]
    public void A_common_acronym_is_no_institution(string sentence, string name) =>
        Assert.Null(KindOf(Extract(sentence), name));

    [Theory]
    [InlineData("To check the claim, FactLens reached out to the harbour board by email.", "FactLens")]
    [InlineData("Shares in Quintbank rose on Friday after the harbour deal.", "Quintbank")]
    public void A_word_with_an_inner_capital_or_an_organisation_ending_is_an_institution(string sentence, string name) =>
        Assert.Equal(EntityKind.Institution, KindOf(Extract(sentence), name));

    [Theory]
    [InlineData("Dockers cheered when Senator MacArthur arrived at the harbour gate on Friday.", "MacArthur")]
    [InlineData("userprofile IconSearch", "IconSearch")]
    [InlineData("Dockers walked along the riverbank towards the harbour gate on Friday.", "riverbank")]
    public void Name_prefixes_menus_and_english_words_make_no_institution(string sentence, string name) =>
        Assert.NotEqual(EntityKind.Institution, KindOf(Extract(sentence), name));
}
