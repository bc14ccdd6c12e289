using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// Who an unqualified description or "it" refers to (the source already speaking, not the last name in the content),
/// unnamed spokespeople of an organisation, national branches, and denials carried by a verdict of falsehood.
/// </summary>
public sealed class ReferenceAndVerdictTests
{
    private const string Lead = "Harbour dispute\n\n";

    private static ExtractedDocument Extract(string body) => Seeds.Extract("references.txt", Lead + body);

    [Fact]
    public void The_government_and_it_stay_with_the_government_that_is_speaking()
    {
        var doc = Extract("The Government of Cuba has condemned new measures announced by the United States government.\n\n" +
            "In a statement, the government said the measures imposed on shipping were illegal.\n\n" +
            "It added that the policy reflects an attempt to dictate trade relations.");
        doc.Require("institution:government-of-cuba", Stance.Said, "measures imposed on shipping were illegal");
        doc.Require("institution:government-of-cuba", Stance.Said, "attempt to dictate trade relations");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:government-of-the-united-states");
    }

    [Fact]
    public void An_unnamed_spokesperson_of_an_organisation_speaks_for_it()
    {
        var doc = Extract("A UBS spokesperson said the bank was unaware of any approach for the harbour terminal.");
        var ubs = doc.Entities.Single(e => e.Name == "UBS");
        Assert.Equal(EntityKind.Institution, ubs.Kind);
        doc.Require(ubs.Id, Stance.Said, "unaware of any approach");
    }

    [Fact]
    public void An_organisation_named_with_a_country_after_it_is_its_national_branch()
    {
        var doc = Extract("Amnesty International India said it has laid off its staff in the country after its accounts were frozen.");
        var branch = doc.Entities.Single(e => e.Name == "Amnesty International India");
        doc.Require(branch.Id, Stance.Said, "laid off its staff");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId != branch.Id);
    }

    [Theory]
    [InlineData("Port director Maria Okafor said it is \"completely concocted and baseless\".", Stance.Denied)]
    [InlineData("Port director Maria Okafor called the allegations \u201Cexaggerated and far from the truth.\u201D", Stance.Denied)]
    [InlineData("\u201CThis publication is a story so far removed from reality,\u201D port director Maria Okafor stated.", Stance.Denied)]
    [InlineData("Port director Maria Okafor said the terminal is a fine example of modern design.", Stance.Said)]
    [InlineData("Port director Maria Okafor said the terminal was far from the city centre.", Stance.Said)]
    [InlineData("Port director Maria Okafor said the port will not be distracted by the dispute.", Stance.Said)]
    [InlineData("Port director Maria Okafor said there will be no more fuel shipments to the island.", Stance.Said)]
    [InlineData("Port director Maria Okafor said the terminal has not been sold to a foreign buyer.", Stance.Denied)]
    public void A_verdict_of_falsehood_in_the_predicate_makes_a_denial(string sentence, Stance stance)
    {
        var statement = Assert.Single(Extract(sentence).Statements);
        Assert.Equal("person:maria-okafor", statement.SpeakerId);
        Assert.Equal(stance, statement.Stance);
    }

    [Fact]
    public void A_capitalised_description_of_a_government_is_a_reference_not_a_person()
    {
        var doc = Extract("The Government of Cuba has condemned new measures announced by the United States government.\n\n" +
            "The Revolutionary Government said the measures imposed on shipping were illegal.");
        doc.Require("institution:government-of-cuba", Stance.Said, "measures imposed on shipping were illegal");
        Assert.DoesNotContain(doc.Entities, e => e.Kind == EntityKind.Person);
    }

    [Fact]
    public void A_known_name_run_on_into_an_institution_word_names_an_institution()
    {
        var doc = Extract("Former president Luiz Inácio Lula da Silva spoke in Recife on Monday.\n\n" +
            "The Lula Institute said the former leader did not travel in order to lobby for the builder.");
        var institute = doc.Entities.Single(e => e.Name == "Lula Institute");
        Assert.Equal(EntityKind.Institution, institute.Kind);
        doc.Require(institute.Id, Stance.Denied, "travel in order to lobby");
    }

    [Fact]
    public void A_name_that_goes_on_past_the_institution_word_is_not_cut_there()
    {
        var doc = Extract("The accusations were made by the United States Department of State, which described the port as unsafe.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "United States Department");
    }

    [Fact]
    public void Describing_something_as_false_denies_it()
    {
        var doc = Extract("Port director Maria Okafor spoke for an hour on Monday, describing the sale as a \u201Ccomplete fabrication\u201D by rivals.");
        doc.Require("person:maria-okafor", Stance.Denied, "describing the sale");
    }
}
