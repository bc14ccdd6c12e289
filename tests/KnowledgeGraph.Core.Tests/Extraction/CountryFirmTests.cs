using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "India firm denies tampering …": a country before a noun for a company describes a firm from there, and the country's
/// government does not speak; the country alone still does ("India denies …"). Invented sentences.
/// </summary>
public sealed class CountryFirmTests
{
    [Theory]
    [InlineData("India firm denies tampering with tests in probe of syrup deaths")]
    [InlineData("Kenya company rejects report on unpaid taxes")]
    public void A_country_before_a_company_noun_is_no_speaker(string headline)
    {
        var doc = Invented.Extract("firm.txt", headline + "\n\nQuintar Pharmaceuticals denied on Friday that it had tampered with tests.");
        Assert.DoesNotContain(doc.Statements, s => doc.Entities.Single(e => e.Id == s.SpeakerId).Name.StartsWith("Government of", StringComparison.Ordinal));
        Assert.Contains(doc.Statements, s => doc.Entities.Single(e => e.Id == s.SpeakerId).Name == "Quintar Pharmaceuticals");
    }

    [Fact]
    public void The_country_alone_is_its_government()
    {
        var doc = Invented.Extract("firm.txt", "India denies report on syrup deaths\n\nQuintar Pharmaceuticals denied on Friday that it had tampered with tests.");
        Assert.Contains(doc.Statements, s => s.Stance == Stance.Denied && doc.Entities.Single(e => e.Id == s.SpeakerId).Name == "Government of India");
    }
}
