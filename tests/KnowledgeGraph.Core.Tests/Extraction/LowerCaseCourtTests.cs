using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Tis Hazari court on Monday dismissed …", "… the court stated": capitalised words no gazetteer knows before a lower-case
/// "court" name that court, which "the court" then is; a court named by a known place ("a Nairobi court") is no name.
/// Invented sentences.
/// </summary>
public sealed class LowerCaseCourtTests
{
    [Fact]
    public void Unknown_words_before_court_name_the_court()
    {
        var doc = Invented.Extract("court.txt",
            "Bail row\n\nKelvari Marg court on Monday dismissed the bail petition of 15 harbour workers. The inquiry is at an early stage, the court stated.");
        var court = Assert.Single(doc.Entities, e => e.Name == "Kelvari Marg court");
        Assert.Equal(EntityKind.Institution, court.Kind);
        doc.Require(court.Id, Stance.Said, "inquiry is at an early stage");
    }

    [Fact]
    public void A_known_place_before_court_names_no_court()
    {
        var doc = Invented.Extract("court.txt", "Bail row\n\nA Nairobi court ruled on Monday that the harbour sale was void.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.EndsWith("court", StringComparison.OrdinalIgnoreCase));
    }
}
