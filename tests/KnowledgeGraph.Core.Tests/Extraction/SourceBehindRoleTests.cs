using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// The person behind an organisation's title speaks, not the organisation: "According to senior Quintbank official
/// Maria Okafor, the company …" (the comma closes the source; "the company" after it is the clause's subject, no
/// apposition that would make the name an organisation), "Unity Alliance presidential candidate Joe Marsh claimed …" (an
/// adjective may stand before the title). Invented sentences.
/// </summary>
public sealed class SourceBehindRoleTests
{
    [Theory]
    [InlineData("According to Quintbank official Maria Okafor, the company does intend to expand.")]
    [InlineData("According to senior Quintbank official Maria Okafor, the company does intend to expand.")]
    [InlineData("According to official Maria Okafor, the company does intend to expand.")]
    public void The_person_after_an_organisations_title_is_the_source(string sentence)
    {
        var doc = Invented.Extract("according.txt", sentence);
        Assert.Equal(EntityKind.Person, doc.Entities.Single(e => e.Name == "Maria Okafor").Kind);
        doc.Require("person:maria-okafor", Stance.Said, "intend to expand");
    }

    [Fact]
    public void An_outlet_described_after_its_name_stays_the_source()
    {
        var doc = Invented.Extract("according.txt", "According to Motherboard, the site which carried the story first, the deal is off.");
        Assert.Equal(EntityKind.Institution, doc.Entities.Single(e => e.Name == "Motherboard").Kind);
    }

    [Theory]
    [InlineData("Unity Alliance presidential candidate Joe Marsh on Wednesday claimed that there was a plot to rig the vote.", "person:joe-marsh")]
    [InlineData("Quintbank regional director Jane Roe said there was a plot to rig the vote.", "person:jane-roe")]
    public void An_adjective_before_the_title_keeps_the_organisation_a_description(string sentence, string speaker)
    {
        var doc = Invented.Extract("candidate.txt", sentence);
        Assert.Equal(speaker, Assert.Single(doc.Statements).SpeakerId);
    }
}
