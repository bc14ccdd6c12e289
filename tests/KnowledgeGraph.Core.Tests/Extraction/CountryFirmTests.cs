using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "India firm denies tampering …": a country before a noun for a company describes a firm from there, and the country's
/// government does not speak, nor after words of the firm's trade ("A Venezuela food maker denied …"); the country alone
/// still does ("India denies …"). Invented sentences.
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

    [Theory]
    [InlineData("Officials met in the capital on Monday. A Venezuela food maker denied blame for shortages on Tuesday, saying its plants were running.")]
    [InlineData("A Kenya mobile phone operator said on Monday that the outage was caused by a fire.")]
    public void A_country_before_a_trade_and_a_company_noun_is_no_speaker(string sentence)
    {
        var doc = Invented.Extract("firm.txt", "Shortages blamed on producers\n\n" + sentence);
        Assert.DoesNotContain(doc.Statements, s => doc.Entities.Single(e => e.Id == s.SpeakerId).Name.StartsWith("Government of", StringComparison.Ordinal));
    }

    [Fact]
    public void The_country_alone_is_its_government()
    {
        var doc = Invented.Extract("firm.txt", "India denies report on syrup deaths\n\nQuintar Pharmaceuticals denied on Friday that it had tampered with tests.");
        Assert.Contains(doc.Statements, s => s.Stance == Stance.Denied && doc.Entities.Single(e => e.Id == s.SpeakerId).Name == "Government of India");
    }
}
