using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "“…,” manager of opposition business Tony Burke told the house": the "of" of a lower-case office opening the speaker's
/// phrase names the portfolio and governs no one. Invented sentences.
/// </summary>
public sealed class LowerCaseOfficeOfTests
{
    [Fact]
    public void The_of_of_an_office_after_a_quotation_governs_no_one()
    {
        var doc = Invented.Extract("office.txt",
            "Minister denies comment\n\nMelissa Roe denied the remark.\n\n“Misleading the House is a reason to go,” manager of opposition business Tom Burke said.");
        var burke = Assert.Single(doc.Entities, e => e.Name == "Tom Burke");
        doc.Require(burke.Id, Stance.Said, "Misleading the House");
    }
}
