using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "The Palestinian group", "the Kenyan company": a demonym in a reference rules out an organisation of another country,
/// though it spoke last. Invented text.
/// </summary>
public sealed class ReferenceCountryTests
{
    [Fact]
    public void A_group_of_one_country_is_not_the_last_speaker_of_another()
    {
        var doc = Invented.Extract("reference-country.txt",
            "The Israeli army said on Monday that it had struck a fighter of Harbour Front, who was planning an attack.\n\n" +
            "The Palestinian group denied on Tuesday that it had been preparing an attack.");
        var s = Assert.Single(doc.Statements, x => x.Evidence.Contains("preparing an attack", StringComparison.Ordinal));
        Assert.NotEqual("institution:israeli-army", s.SpeakerId);
    }

    [Fact]
    public void A_group_without_a_demonym_may_still_be_the_last_speaker()
    {
        var doc = Invented.Extract("reference-country.txt",
            "Quintbank Holdings said on Monday that it had sold its port terminal to a buyer in Lagos.\n\n" +
            "The group added on Tuesday that the buyer would keep all the workers at the terminal.");
        doc.Require("institution:quintbank-holdings", Stance.Said, "keep all the workers");
    }
}
