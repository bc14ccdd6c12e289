using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "New Delhi, Nov 7 Delhi Health Minister X said …": a dateline whose date runs straight into the story (no dash, colon
/// or credit) is still a dateline, so the capital does not speak for its government; a capital that opens a sentence
/// with no date after it still does. Invented sentences.
/// </summary>
public sealed class DatelineRunOnTests
{
    [Theory]
    [InlineData("New Delhi, Nov 7 Delhi Health Minister Ravi Mehra said on Friday that there is no shortage of medicines in government hospitals.")]
    [InlineData("Nairobi, 12 March Health Secretary Jane Wambui said on Friday that there is no shortage of medicines in government hospitals.")]
    public void A_date_running_into_the_story_keeps_the_capital_a_dateline(string paragraph)
    {
        var doc = Invented.Extract("dateline.txt", "No shortage of medicines, says minister\n\n" + paragraph);
        var speaker = doc.Entities.Single(e => e.Id == doc.Statements.Single(s => s.Evidence.Contains("no shortage", StringComparison.Ordinal)).SpeakerId);
        Assert.Equal(EntityKind.Person, speaker.Kind);
    }

    [Fact]
    public void A_capital_speaking_without_a_date_is_its_government()
    {
        var doc = Invented.Extract("dateline.txt", "Talks resume\n\nNew Delhi, in a statement on Friday, said that there is no shortage of medicines in government hospitals.");
        Assert.Contains(doc.Statements, s => doc.Entities.Single(e => e.Id == s.SpeakerId).Name == "Government of India");
    }
}
