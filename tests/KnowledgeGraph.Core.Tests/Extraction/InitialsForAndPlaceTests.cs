using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// An initial written first ("K. Annamalai", "S. Ambiga") opens a person's name and ends no sentence; a title word after
/// "for" inside an organisation's name is part of it ("the Centre for Independent Journalism"); unknown foreign words
/// right after "in" or "near" name a place ("clashes in Deir Ezzor"). Invented sentences.
/// </summary>
public sealed class InitialsForAndPlaceTests
{
    [Theory]
    [InlineData("Party state chief K. Annamalai said the claim was false.", "K. Annamalai")]
    [InlineData("K. Annamalai said the claim was false.", "K. Annamalai")]
    [InlineData("On Monday, S. Ambiga said the claim was false.", "S. Ambiga")]
    public void An_initial_written_first_opens_a_persons_name(string sentence, string name)
    {
        var doc = Invented.Extract("initial.txt", "Harbour row\n\n" + sentence);
        var speaker = doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId);
        Assert.Equal((EntityKind.Person, name), (speaker.Kind, speaker.Name));
    }

    [Theory]
    [InlineData("The pier was given grade A. The board said it would open in May.")]
    [InlineData("The pier was given grade B. He said it would open in May.")]
    public void A_capital_letter_ending_a_sentence_before_an_opener_stays_its_end(string text)
    {
        var doc = Invented.Extract("initial.txt", "Harbour row\n\n" + text);
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("grade", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_word_after_for_is_part_of_the_organisations_name()
    {
        var doc = Invented.Extract("centre.txt", "The Centre for Independent Journalism called the allegation a serious charge.");
        Assert.Contains(doc.Entities, e => e.Name == "Centre for Independent Journalism" && e.Kind == EntityKind.Institution);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Journalism");
    }

    [Fact]
    public void A_court_then_a_judges_name_stays_two_names()
    {
        var doc = Invented.Extract("court.txt", "Harbour Superior Court Judge Robert Quillan said the case would go on.");
        Assert.Contains(doc.Entities, e => e.Name == "Robert Quillan" && e.Kind == EntityKind.Person);
    }

    [Theory]
    [InlineData("Fighting was reported in Deir Ezzor on Monday, the ministry said.", "Deir Ezzor")]
    [InlineData("Two men were held near Trapeang Sangke, police said.", "Trapeang Sangke")]
    public void Unknown_words_after_in_or_near_are_a_place(string sentence, string place)
    {
        var doc = Invented.Extract("place.txt", sentence);
        Assert.Contains(doc.Entities, e => e.Name == place && e.Kind == EntityKind.Place);
    }

    [Fact]
    public void Unknown_words_after_in_that_own_something_stay_a_person()
    {
        var doc = Invented.Extract("place.txt", "In Chea Chamroeun's view the vote was fair. Chea Chamroeun said the count was right.");
        Assert.Contains(doc.Entities, e => e.Name == "Chea Chamroeun" && e.Kind == EntityKind.Person);
    }
}
