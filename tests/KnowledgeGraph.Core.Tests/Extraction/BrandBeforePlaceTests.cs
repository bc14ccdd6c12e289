using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Zentrova Philippines Corporation said …", "Delog Nigeria Ltd": a brand (a capitalised word no English word list, given
/// names or titles hold) right before a place that opens a company's name is the name's first word, not a stray word
/// before "Philippines Corporation". A modifier built with a hyphen ("London-listed") and an English word ("Harbour",
/// "Local") stay out. Invented sentences.
/// </summary>
public sealed class BrandBeforePlaceTests
{
    [Theory]
    [InlineData("Zentrova Philippines Corporation said in a statement that its noodles were safe.", "Zentrova Philippines Corporation")]
    [InlineData("The union met Delog Nigeria Ltd on Monday, and the firm said its noodles were safe.", "Delog Nigeria Ltd")]
    public void The_brand_opens_the_name(string sentence, string name)
    {
        var doc = Invented.Extract("brand.txt", "Noodles row\n\n" + sentence);
        Assert.Contains(doc.Entities, e => e.Name == name && e.Kind == EntityKind.Institution);
    }

    [Theory]
    [InlineData("The halt follows appeals by London-listed Gulf Keystone Petroleum for a new deal.", "Gulf Keystone Petroleum")]
    [InlineData("Officials said Local Kenya Power Company crews were at the site.", "Kenya Power Company")]
    public void A_modifier_stays_out(string sentence, string name)
    {
        var doc = Invented.Extract("brand.txt", "Oil row\n\n" + sentence);
        Assert.Contains(doc.Entities, e => e.Name == name && e.Kind == EntityKind.Institution);
    }
}
