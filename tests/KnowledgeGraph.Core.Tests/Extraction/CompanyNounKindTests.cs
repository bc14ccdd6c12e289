using KnowledgeGraph.Core.Tests.Support;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "the company said …" refers to a business the article named, never to a body whose name ends in a noun for an
/// organisation that is no business ("the Harbour Progressive Party", "the Okavu Ministry of Works"); "the broadcasting
/// company", "the media group" refer to the outlet. Invented sentences.
/// </summary>
public sealed class CompanyNounKindTests
{
    [Theory]
    [InlineData("The Harbour Progressive Party and Quintbank rejected the report on Monday.\n\nThe company said the leaked files were forged.", "Quintbank")]
    [InlineData("Zentrova Mining Corp and the Okavu Regional Council rejected the report on Monday.\n\nThe company said the leaked files were forged.", "Zentrova Mining Corp")]
    [InlineData("The Harbour Progressive Party and the broadcaster Kestrel Television rejected the report on Monday.\n\nThe broadcasting company said the leaked files were forged.", "Kestrel Television")]
    [InlineData("The network Televisa and the Harbour Progressive Party rejected the report on Monday.\n\nThe broadcasting company said the leaked files were forged.", "Grupo Televisa")]
    public void The_noun_refers_to_a_business(string text, string name)
    {
        var doc = Invented.Extract("company.txt", "Party and firm reject report\n\n" + text);
        var s = Assert.Single(doc.Statements, x => x.Evidence.Contains("forged", StringComparison.Ordinal));
        Assert.Equal(name, doc.Entities.Single(e => e.Id == s.SpeakerId).Name);
    }

    [Fact]
    public void A_party_named_alone_is_no_company()
    {
        var doc = Invented.Extract("company.txt", "Party rejects report\n\nThe Harbour Progressive Party rejected the report on Monday.\n\nThe company said the leaked files were forged.");
        Assert.DoesNotContain(doc.Statements, x => x.Evidence.Contains("forged", StringComparison.Ordinal) &&
            doc.Entities.Single(e => e.Id == x.SpeakerId).Name == "Harbour Progressive Party");
    }
}
