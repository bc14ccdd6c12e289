using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "The Unity party of President Jon Hale dismissed …": the organisation speaks, the titled person after "of" only says
/// whose it is; a country before a title and a name ("U.S. Secretary of State Jane Roe said") still leaves the person
/// speaking. Invented sentences.
/// </summary>
public sealed class OrganisationOfPersonTests
{
    [Fact]
    public void The_organisation_of_a_titled_person_speaks()
    {
        var doc = Invented.Extract("party.txt", "Harbour politics\n\nThe Harbour Unity party of Norland President Jon Hale on Tuesday dismissed as nonsense media reports that the president is ill.");
        var party = Assert.Single(doc.Entities, e => e.Name.StartsWith("Harbour Unity", StringComparison.Ordinal));
        doc.Require(party.Id, Stance.Denied, "president is ill");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "person:jon-hale");
    }

    [Fact]
    public void A_country_before_a_title_leaves_the_person_speaking() =>
        Invented.Extract("party.txt", "Harbour politics\n\nU.S. Secretary of State Jane Roe said the harbour talks were over.").Require("person:jane-roe", Stance.Said, "talks were over");
}
