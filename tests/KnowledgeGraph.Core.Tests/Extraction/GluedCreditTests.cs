using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Source:Reuters" on a line of its own (an archive's label glued to its value): a credit, not the site's name, so the
/// agency is an entity of the article and no publisher is read from the label. Invented sentences.
/// </summary>
public sealed class GluedCreditTests
{
    [Fact]
    public void A_label_glued_to_its_agency_is_a_credit_not_a_site_name()
    {
        var doc = Seeds.Extract("credit.txt", "The ministry said the hotel had not been sold, according to a statement on Monday.\n\nSource:Reuters\n");
        Assert.Contains(doc.Entities, e => e.Name == "Reuters" && e.Kind == EntityKind.Institution);
        Assert.NotEqual("Source:Reuters", doc.Source.Publisher);
    }
}
