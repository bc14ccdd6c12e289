using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "MoS Home Tom Hale on Tuesday filed a written reply …": the Indian abbreviation for a minister of state is a title
/// before a name; and a portfolio's one word after a title ("MoS Home also said …") is the office, never a person
/// called "Home". Invented sentences.
/// </summary>
public sealed class MinisterOfStateTitleTests
{
    [Fact]
    public void The_abbreviated_title_goes_before_a_persons_name()
    {
        var doc = Invented.Extract("mos.txt", "Custodial deaths\n\nMoS Home Tom Hale on Tuesday said that no such trend of custodial deaths had been noticed.");
        var hale = Assert.Single(doc.Entities, e => e.Name == "Tom Hale");
        Assert.Equal(EntityKind.Person, hale.Kind);
        doc.Require(hale.Id, Stance.Denied, "custodial deaths");
    }

    [Fact]
    public void A_portfolio_word_after_a_title_is_no_persons_name()
    {
        var doc = Invented.Extract("mos.txt", "Custodial deaths\n\nMoS Home also said that prisons are state subjects under the constitution.");
        Assert.DoesNotContain(doc.Entities, e => e.Kind == EntityKind.Person && e.Name == "Home");
    }
}
