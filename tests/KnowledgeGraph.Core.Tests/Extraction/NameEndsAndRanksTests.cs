using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// The edges of a person's name: a generation's numeral closes it ("Peter J. Hallworth III") and the surname alone still
/// names them ("Hallworth later said"); abbreviated police ranks open no name ("Asst Comm Tendai Moyo", "Chief Supt Mary
/// Rowe"); and a town's name right after the noun that says what kind of firm follows is that firm ("carmaker Toyota").
/// Invented sentences.
/// </summary>
public sealed class NameEndsAndRanksTests
{
    [Theory]
    [InlineData("The spokesman, Col. Peter J. Hallworth III, denied the report on Monday.", "Peter J. Hallworth III", "Hallworth")]
    [InlineData("Harold Benning Jr. denied the report on Monday.", "Harold Benning Jr.", "Benning")]
    public void A_generation_closes_the_name_and_the_surname_alone_names_the_person(string first, string name, string surname)
    {
        var doc = Invented.Extract("generation.txt", first + " " + surname + " later said the convoy was safe.");
        var person = Assert.Single(doc.Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal(name, person.Name);
        doc.Require(person.Id, Stance.Denied, "denied the report");
        doc.Require(person.Id, Stance.Said, "convoy was safe");
    }

    [Fact]
    public void A_capitalised_word_after_the_numeral_leaves_the_name_as_it_was()
    {
        var doc = Invented.Extract("generation.txt", "Peter Hallworth II Squadron said the convoy was safe.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Peter Hallworth II");
    }

    [Theory]
    [InlineData("Asst Comm Tendai Moyo said the claims were false.", "Tendai Moyo")]
    [InlineData("Chief Supt Mary Rowe said the road was closed.", "Mary Rowe")]
    [InlineData("Det Sgt Jo Lane said the van was found.", "Jo Lane")]
    [InlineData("Insp Raj Patel said two men were held.", "Raj Patel")]
    public void An_abbreviated_rank_is_no_part_of_the_name(string sentence, string name)
    {
        var doc = Invented.Extract("rank.txt", sentence);
        var speaker = doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId);
        Assert.Equal((EntityKind.Person, name), (speaker.Kind, speaker.Name));
    }

    [Theory]
    [InlineData("Japanese automotive company Toyota has denied claims that it will build a plant in Ohio.")]
    [InlineData("The carmaker Toyota has denied claims that it will build a plant in Ohio.")]
    public void A_town_named_after_a_firms_noun_is_the_firm(string sentence)
    {
        var doc = Invented.Extract("firm.txt", sentence);
        var toyota = Assert.Single(doc.Entities, e => e.Name == "Toyota");
        Assert.Equal(EntityKind.Institution, toyota.Kind);
        doc.Require(toyota.Id, Stance.Denied, "build a plant");
    }

    [Fact]
    public void A_town_after_other_words_stays_a_place()
    {
        var doc = Invented.Extract("firm.txt", "The plant in Toyota was closed, the union said.");
        Assert.Contains(doc.Entities, e => e.Name == "Toyota" && e.Kind == EntityKind.Place);
    }
}
