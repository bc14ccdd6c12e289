using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "…, said the ministry.", "…, said the Harbour Ministry.", "…, said the blog.": an organisation or an outlet after the
/// verb that closes the sentence speaks the clause before the comma; "sources at Yahoo and Microsoft" name neither firm
/// as the speaker; a name a noun of outlets introduces ("the AllThingsDigital blog") is an outlet. Invented sentences.
/// </summary>
public sealed class InvertedOrganisationSpeakerTests
{
    private const string Lead = "The Harbour Ministry said on Monday that the pier was safe.\n\n";

    [Theory]
    [InlineData("The two firms had agreed on a price, said the ministry.")]
    [InlineData("The two firms had agreed on a price, said the Harbour Ministry.")]
    public void An_organisation_after_the_verb_speaks_the_clause_before_it(string sentence)
    {
        var doc = Invented.Extract("inverted.txt", Lead + sentence);
        var ministry = Assert.Single(doc.Entities, e => e.Name == "Harbour Ministry");
        doc.Require(ministry.Id, Stance.Said, "agreed on a price");
    }

    [Fact]
    public void A_blog_introduced_by_name_speaks_as_an_outlet_after_the_verb()
    {
        var doc = Invented.Extract("inverted.txt",
            "The Pierwatch blog reported the sale on Monday. Top sources at Northwind and Southwind also scoffed at the report, said the blog.");
        var blog = Assert.Single(doc.Entities, e => e.Name == "Pierwatch");
        var s = doc.Require(blog.Id, Stance.Said, "scoffed at the report");
        Assert.Equal([blog.Id], s.ReportedBy);
        Assert.DoesNotContain(doc.Statements, x => doc.Entities.Single(e => e.Id == x.SpeakerId).Name is "Northwind" or "Southwind");
    }
}
