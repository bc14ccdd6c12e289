using KnowledgeGraph.Core.Tests.Support;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "Colombia's prosecutor": a country's role noun is the person of that country whose role fits it, or one of that country
/// whose role the text never gives; never a compatriot whose role is another.
/// Invented text.
/// </summary>
public sealed class CountryRoleTests
{
    [Fact]
    public void A_countrys_prosecutor_is_not_its_president()
    {
        var doc = Invented.Extract("country-role.txt",
            "Colombian President Tomas Ferreira denied the report on Sunday, calling it a fabrication by his rivals.\n\n" +
            "In a statement, Colombia\u2019s prosecutor\u2019s office said the case was under investigation by a special unit.");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "person:tomas-ferreira" && x.Evidence.Contains("under investigation", StringComparison.Ordinal));
    }
}
