using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "Mexico president denies report …", "Malaysia regulator denies …": a country and a noun for a person or an
/// organisation heading a headline is the one of that kind the lead names, not the country's government. Invented text.
/// </summary>
public sealed class HeadlineCountryNounTests
{
    [Fact]
    public void A_countrys_president_in_a_headline_is_the_president_the_lead_names()
    {
        var doc = Invented.Extract("headline.txt", "Norway president denies report of harbour money\n\n" +
            "OSLO — Norwegian President Kari Vold on Thursday denied a report that close associates took harbour money.");
        doc.Require("person:kari-vold", Stance.Denied, "Norway president denies");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:government-of-norway");
    }

    [Fact]
    public void A_countrys_minister_in_a_headline_is_the_secretary_named_in_the_third_paragraph()
    {
        var doc = Invented.Extract("headline.txt", "Norway minister says Quintbank account of harbour spill 'totally false'\n\n" +
            "OSLO (Harbour Wire) - Norway's environment secretary said on Tuesday that Quintbank gave false information about a spill.\n\n" +
            "In a statement on Aug. 12, Quintbank said that unusual rainfall had caused the spill.\n\n" +
            "But Environment Secretary Kari Vold told local radio on Tuesday that this was false.");
        var headline = doc.Statements.Single(s => s.Evidence.StartsWith("Norway minister says", StringComparison.Ordinal));
        Assert.Equal(("person:kari-vold", Stance.Denied), (headline.SpeakerId, headline.Stance));
    }

    [Fact]
    public void A_countrys_regulator_in_a_headline_is_the_regulator_the_lead_names()
    {
        var doc = Invented.Extract("headline.txt", "Norway regulator denies pressure to cancel flights\n\n" +
            "The Norwegian Aviation Commission on Thursday denied that it was pressured to cancel the flights.");
        doc.Require("institution:norwegian-aviation-commission", Stance.Denied, "Norway regulator denies");
    }

    [Fact]
    public void A_country_alone_in_a_headline_is_still_its_government()
    {
        var doc = Invented.Extract("headline.txt", "Norway denies pressure to cancel flights\n\n" +
            "The Norwegian Aviation Commission on Thursday denied that it was pressured to cancel the flights.");
        doc.Require("institution:government-of-norway", Stance.Denied, "Norway denies");
    }
}
