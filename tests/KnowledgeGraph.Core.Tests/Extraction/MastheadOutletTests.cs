using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Belfast Telegraph" alone on a line over the page: a place and a newspaper's last word making the whole line is the
/// site's masthead, an outlet, not the city; the same shape inside running text makes none. Invented pages.
/// </summary>
public sealed class MastheadOutletTests
{
    [Fact]
    public void A_masthead_line_is_the_outlet()
    {
        var doc = Invented.Extract("masthead.txt", "Belfast Telegraph\n\nPolice row\n\nQuintbank said the claims about the harbour were nonsense.");
        Assert.Equal(EntityKind.Institution, Assert.Single(doc.Entities, e => e.Name == "Belfast Telegraph").Kind);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Belfast");
    }

    [Fact]
    public void A_city_before_the_word_inside_running_text_makes_no_masthead()
    {
        var doc = Invented.Extract("masthead.txt", "Harbour row\n\nQuintbank opened a branch in Belfast Post Office last week, the bank said.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Belfast Post" && e.Kind == EntityKind.Institution);
    }
}
