using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "X's Y" with two organisations named: the owner only says whose the named one is, and the owned one speaks
/// ("Alphabet's Google said", "a report by the New York Post's Page Six claimed"). Invented text.
/// </summary>
public sealed class OwnedOrganisationTests
{
    private static ExtractedDocument Extract(string body) => Invented.Extract("owned-organisation.txt", body);

    [Theory]
    [InlineData("Meridian Holdings Ltd's Harbour Mining Corp said the ban was unlawful.")]
    [InlineData("A statement by Meridian Holdings Ltd's Harbour Mining Corp said the ban was unlawful.")]
    public void The_owned_organisation_speaks(string sentence)
    {
        var doc = Extract("Two firms answered the regulator on Monday.\n\n" + sentence);
        doc.Require("institution:harbour-mining-corp", Stance.Said, "ban was unlawful");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:meridian-holdings-ltd");
    }

    [Fact]
    public void An_owner_before_a_role_still_speaks_through_it()
    {
        var doc = Extract("Meridian Holdings Ltd answered the regulator on Monday.\n\nMeridian Holdings Ltd's lawyers said the ban was unlawful.");
        doc.Require("institution:meridian-holdings-ltd", Stance.Said, "ban was unlawful");
    }
}
