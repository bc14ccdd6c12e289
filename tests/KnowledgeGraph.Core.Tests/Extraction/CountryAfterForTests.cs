using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "played rugby for England", "a football club of England": a country or a region whose name is also a surname is the
/// place after "for" or "of" as after "in" and "from" (a town of such a name still only after those two). Invented
/// sentences.
/// </summary>
public sealed class CountryAfterForTests
{
    [Theory]
    [InlineData("Quintero, who played rugby league for England, said the report was false.")]
    [InlineData("Harbour Rovers football club of England have denied the claims.")]
    public void The_country_is_a_place(string sentence)
    {
        var doc = Invented.Extract("for.txt", "Harbour row\n\n" + sentence);
        Assert.Equal(EntityKind.Place, Assert.Single(doc.Entities, e => e.Name == "England").Kind);
    }
}
