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
}
