using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// A quoted release in which an organisation names itself as the one stating ("“The Harbour Authority wishes to state
/// that …”") is that organisation's, whoever the sentence before credited; a government named so inside a ministry's own
/// statement stays the ministry's. Invented text.
/// </summary>
public sealed class SelfNamedIssuerTests
{
    [Theory]
    [InlineData("wishes to state")]
    [InlineData("would want to categorically state")]
    [InlineData("would like to clarify")]
    public void An_organisation_stating_in_its_own_name_speaks(string act)
    {
        var doc = Invented.Extract("self.txt", "The Lagos State government has denied the rumour that the port was sold.\n\n" +
            "\u201CThe Harbour Authority " + act + " that the terminal was never sold to any buyer.\u201D");
        var authority = Assert.Single(doc.Entities, e => e.Name == "Harbour Authority");
        var s = doc.Require(authority.Id, Stance.Denied, "never sold");
        Assert.Equal("The terminal was sold to some buyer", s.Claim);
    }

    [Fact]
    public void A_government_named_in_its_ministrys_statement_leaves_the_ministry_speaking()
    {
        var doc = Invented.Extract("self.txt", "The Ministry of Foreign Affairs of Kenya issued a statement on Monday.\n\n" +
            "\u201CThe Government of Kenya wishes to state that the information regarding the port is false,\u201D the ministry said.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:government-of-kenya" && s.Evidence.Contains("wishes to state", StringComparison.Ordinal));
    }
}
