using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// A state's or province's own government and bodies named after a state: "The Ontario Government said …" is Ontario's
/// government (not the last national government the article named), written as the text writes it; "Universiti
/// Selangor" and "Cricket Victoria" are organisations, not a person or the state. Invented sentences.
/// </summary>
public sealed class StateBodyTests
{
    private const string Lead = "Water cuts denied as ministers meet\n\nThe German government said on Monday that talks would go on, officials told reporters in Berlin.\n\n";

    [Theory]
    [InlineData("The Ontario Government said on Sunday that the report was wrong.", "Government of Ontario", "Ontario Government")]
    [InlineData("The Selangor Government has denied that it had instructed its subsidiary to reduce water production.", "Government of Selangor", "Selangor Government")]
    public void Government_written_capitalised_after_a_state_is_the_state_s(string sentence, string government, string written)
    {
        var doc = Invented.Extract("state.txt", Lead + sentence);
        var speaker = doc.Entities.Single(e => e.Id == doc.Statements.Single(s => s.Evidence.Contains(written, StringComparison.Ordinal)).SpeakerId);
        Assert.Equal(government, speaker.Name);
        Assert.Contains(written, speaker.Aliases);
    }

    [Fact]
    public void The_lower_case_state_government_keeps_its_written_form_too()
    {
        var doc = Invented.Extract("state.txt", Lead + "The Kerala government said on Sunday that the report was wrong.");
        Assert.Contains("Kerala government", doc.Entities.Single(e => e.Name == "Government of Kerala").Aliases);
    }

    [Theory]
    [InlineData("Khalid said the arbitration between Universiti Selangor and the hostel operator started yesterday.", "Universiti Selangor")]
    [InlineData("Officials said Cricket Victoria would review the match.", "Cricket Victoria")]
    public void A_word_before_a_state_s_name_makes_a_body_s_name(string sentence, string body)
    {
        var doc = Invented.Extract("state.txt", "Arbitration begins over hostels\n\n" + sentence);
        Assert.Contains(doc.Entities, e => e.Name == body && e.Kind == EntityKind.Institution);
    }

    [Theory]
    [InlineData("Militants attacked a pipeline in the Niger Delta on Monday, residents said.", "Delta")]
    [InlineData("The Lamu West MP said on Monday that the money was never paid.", "West")]
    public void No_body_from_a_region_s_name_or_a_state_that_is_an_English_word(string sentence, string word)
    {
        var doc = Invented.Extract("state.txt", "Pipeline attack reported\n\n" + sentence);
        Assert.DoesNotContain(doc.Entities, e => e.Kind == EntityKind.Institution && e.Name.EndsWith(" " + word, StringComparison.Ordinal));
    }
}
