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

/// <summary>
/// "According to a source close to the Cain campaign, …" gives the words to no one (an unnamed source, not the name that
/// describes it); the paragraph below "… the Harbour Ledger report which says:" is the Ledger's, unquoted. Invented
/// sentences.
/// </summary>
public sealed class UnnamedSourceAndReportBlockTests
{
    [Theory]
    [InlineData("According to a source who is friends with the Hale campaign, the mayor is likely involved.")]
    [InlineData("According to two people close to the Hale campaign, the mayor is likely involved.")]
    public void An_unnamed_source_is_not_the_name_describing_it(string sentence)
    {
        var doc = Invented.Extract("source.txt", "Tom Hale spoke on Monday.\n\n" + sentence);
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("likely involved", StringComparison.Ordinal));
    }

    [Fact]
    public void A_named_source_still_speaks()
    {
        var doc = Invented.Extract("source.txt", "According to a spokesman for Tom Hale, the mayor is likely involved.");
        doc.Require("person:tom-hale", Stance.Said, "likely involved");
    }

    [Fact]
    public void The_report_set_out_below_its_lead_in_is_the_outlets()
    {
        var doc = Invented.Extract("source.txt",
            "The council has not confirmed details of the Harbour Ledger report which says:\n\nThe mayor is likely involved with the leak of the pier contract.");
        var ledger = Assert.Single(doc.Entities, e => e.Name == "Harbour Ledger");
        doc.Require(ledger.Id, Stance.Said, "leak of the pier contract");
    }
}
