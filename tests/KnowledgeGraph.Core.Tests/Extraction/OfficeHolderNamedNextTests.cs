using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// The wire habit of quoting an unnamed office holder first ("…, the federation president told Reuters.") and naming
/// them with the next quotation ("“…,” Tom Hale said."): the office holder is that person. Someone named before is not
/// taken for them. A long subject still "contains" its lies. Invented sentences.
/// </summary>
public sealed class OfficeHolderNamedNextTests
{
    private const string Lead = "A television documentary alleging widespread doping and cover-ups among the club's athletes contains \u201Ca pack of lies,\u201D ";

    [Theory]
    [InlineData("the Harbour Rowing Federation president told Reuters on Thursday.")]
    [InlineData("Harlow's Rowing Federation president told Reuters on Thursday.")]
    public void The_office_holder_is_the_person_the_next_quotation_names(string tail)
    {
        var doc = Invented.Extract("office.txt", Lead + tail + "\n\n\u201CThey are lies and it is an unfair account,\u201D Tom Hale said.");
        var hale = Assert.Single(doc.Entities, e => e.Name == "Tom Hale");
        var denial = doc.Require(hale.Id, Stance.Denied, "pack of lies");
        Assert.Contains(doc.Entities, e => e.Name == "Reuters" && denial.ReportedBy.Contains(e.Id));
    }

    [Fact]
    public void Someone_named_before_is_not_taken_for_the_office_holder()
    {
        var doc = Invented.Extract("office.txt", "Tom Hale watched the film on Monday.\n\n" + Lead +
            "the Harbour Rowing Federation president told Reuters on Thursday.\n\n\u201CThey are lies,\u201D Tom Hale said.");
        var federation = Assert.Single(doc.Entities, e => e.Name == "Harbour Rowing Federation");
        doc.Require(federation.Id, Stance.Denied, "pack of lies");
    }
}
