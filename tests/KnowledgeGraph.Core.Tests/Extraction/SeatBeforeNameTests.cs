using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Labor member for Franklin Julie Collins": the seat a member holds stands between "for" and the member's name, and a
/// seat that is also a given name is no part of it; "Director Media Sami Burni": a portfolio after a title is the
/// title's; "Premier Will Hodgman": a given name that is also a common word opens the name after a title. Invented
/// sentences.
/// </summary>
public sealed class SeatBeforeNameTests
{
    [Theory]
    [InlineData("Labor member for Franklin Jane Roe told Parliament that residents deserved an apology.")]
    [InlineData("The MP for Franklin Jane Roe told Parliament that residents deserved an apology.")]
    [InlineData("Independent member for North Franklin Jane Roe told Parliament that residents deserved an apology.")]
    public void The_member_after_the_seat_is_the_speaker(string sentence)
    {
        var doc = Invented.Extract("seat.txt", "Harbour apology\n\n" + sentence);
        doc.Require("person:jane-roe", Stance.Said, "deserved an apology");
        Assert.DoesNotContain(doc.Entities, e => e.Kind == EntityKind.Person && e.Name.Contains("Franklin", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_after_for_without_a_members_noun_is_read_whole()
    {
        var doc = Invented.Extract("seat.txt", "Harbour apology\n\nThe award went this year to a man the town knows well.\n\n" +
            "Voting for Franklin Jane Roe, the council said residents deserved an apology.");
        Assert.DoesNotContain(doc.Entities, e => e.Id == "person:jane-roe");
    }

    [Theory]
    [InlineData("Later, the PCB Director Media Sami Burni clarified that there was no truth in such news.", "person:sami-burni")]
    [InlineData("Harbour Board Manager Operations Jane Roe said there was no truth in such news.", "person:jane-roe")]
    public void A_portfolio_word_right_after_a_title_is_the_titles(string sentence, string speaker)
    {
        var doc = Invented.Extract("seat.txt", "Harbour apology\n\n" + sentence);
        doc.Require(speaker, Stance.Denied, "no truth");
    }

    [Theory]
    [InlineData("Premier Will Hodgman said the harbour would stay open.", "person:will-hodgman")]
    [InlineData("Senator June Castellano said the harbour would stay open.", "person:june-castellano")]
    public void A_given_name_that_is_also_a_common_word_opens_the_name_after_a_title(string sentence, string speaker) =>
        Invented.Extract("seat.txt", "Harbour apology\n\n" + sentence).Require(speaker, Stance.Said, "stay open");

    [Fact]
    public void A_preposition_after_a_title_opens_no_name()
    {
        var doc = Invented.Extract("seat.txt", "Ministry Denies Accusing Governor In Title Dispute\n\nThe ministry said the harbour would stay open.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("In ", StringComparison.Ordinal));
    }
}
