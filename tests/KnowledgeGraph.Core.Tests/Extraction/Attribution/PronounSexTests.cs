using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// With no "Mr" or "Ms", the pronouns that follow a person in sentences naming no one else show their sex: "she"
/// then goes to the woman the text showed, not to a man it showed ("Hale signed the order after he met …"); "her" is no
/// evidence ("the country prepares her runners"). Invented sentences.
/// </summary>
public sealed class PronounSexTests
{
    [Fact]
    public void She_goes_past_a_man_the_text_showed_to_a_woman_it_showed()
    {
        var doc = Invented.Extract("sex.txt",
            "Harbour order\n\nHarbour director Jane Okafor had barely settled into the job when she learned of the order.\n\n" +
            "Mayor Tom Hale signed the order on Monday after he met the port board.\n\n" +
            "The consequences, she says, have been devastating for the harbour workers.");
        doc.Require("person:jane-okafor", Stance.Said, "devastating");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "person:tom-hale");
    }

    [Fact]
    public void Her_for_a_country_shows_nothing_of_the_person()
    {
        var doc = Invented.Extract("sex.txt",
            "Harbour order\n\nBoard chairman Isaac Kiptoo said the report about the harbour was false.\n\n" +
            "Kiptoo noted that the timing was odd as the country prepares her runners for the games.\n\n" +
            "\"We have never hidden anything from the harbour inspectors,\" he said.");
        doc.Require("person:isaac-kiptoo", Stance.Denied, "never hidden anything");
    }

    [Theory]
    [InlineData("frontman", "his", "actress", "he")]
    [InlineData("frontman", "his", "spokeswoman", "he")]
    [InlineData("frontwoman", "her", "frontman", "she")]
    public void A_noun_for_a_woman_or_a_man_before_a_name_shows_the_persons_sex(string first, string possessive, string second, string pronoun)
    {
        // "he" after "actress Kim Vale" is not Kim Vale, though she was named last and nobody has spoken yet
        var doc = Invented.Extract("sex.txt",
            $"Band denies split\n\nThe Harbour Mail had reported that a performance by {first} Jo Reyes at a pub was a sign of {possessive} intent to go solo.\n\n" +
            $"Reyes's rising profile after beginning a relationship with {second} Kim Vale fuelled further speculation about rifts in the group.\n\n" +
            $"\"It's complete rubbish and we're all working on a new album,\" {pronoun} told the Harbour Times.");
        doc.Require("person:jo-reyes", Stance.Denied, "complete rubbish");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "person:kim-vale");
    }
}
