using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "“…,” the management said": the management alone speaks for the business the article is about; "Harbour Public
/// Schools … the district said": a school district's name is its public schools, an organisation, not a person.
/// Invented sentences.
/// </summary>
public sealed class ManagementAndDistrictTests
{
    [Theory]
    [InlineData("“They are not photos of a date,” the management said.")]
    [InlineData("“They are not photos of a date,” the management further clarified.")]
    public void The_management_speaks_for_the_business(string sentence)
    {
        var doc = Invented.Extract("agency.txt", "Dating row\n\nKestrel Entertainment responded to the photos on Monday.\n\n" + sentence);
        var agency = Assert.Single(doc.Entities, e => e.Name == "Kestrel Entertainment");
        doc.Require(agency.Id, Stance.Denied, "not photos of a date");
    }

    [Fact]
    public void The_management_of_no_business_named_is_no_one()
    {
        var doc = Invented.Extract("agency.txt", "Dating row\n\nJane Roe responded to the photos on Monday.\n\n“They are not photos of a date,” the management said.");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("photos of a date", StringComparison.Ordinal) && s.SpeakerId == "person:jane-roe");
    }

    [Fact]
    public void A_school_districts_public_schools_speak_as_the_district()
    {
        var doc = Invented.Extract("district.txt",
            "School row\n\nHarbourton Public Schools responded to the lawsuit on Monday.\n\n“It is a claim we believe to be blatantly untrue,” the district said in the letter.");
        var district = Assert.Single(doc.Entities, e => e.Name == "Harbourton Public Schools");
        Assert.Equal(EntityKind.Institution, district.Kind);
        doc.Require(district.Id, Stance.Denied, "blatantly untrue");
    }
}
