using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "Mr Verner hit out after Ms Ruddock on Tuesday night told the council …": a day (and part of it) between a name and
/// its verb leaves the name the verb's subject, not the main clause's. Invented sentences.
/// </summary>
public sealed class TimeBeforeVerbTests
{
    [Theory]
    [InlineData("Mr Verner hit out after Ms Ruddock on Tuesday night told the council an unnamed councillor was facing an investigation.")]
    [InlineData("Mr Verner hit out after Ms Ruddock on Tuesday told the council an unnamed councillor was facing an investigation.")]
    [InlineData("Mr Verner hit out after Ms Ruddock last night told the council an unnamed councillor was facing an investigation.")]
    public void The_name_before_the_time_is_the_verbs_subject(string sentence)
    {
        var doc = Invented.Extract("timebefore.txt", "Mayor Jane Ruddock and Councillor Tom Verner spoke on Monday.\n\n" + sentence);
        doc.Require("person:jane-ruddock", Stance.Said, "told the council");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:tom-verner");
    }

    [Theory]
    [InlineData("The Harbour Ministry had also earlier rejected a claim by Tom Verner about the mayor's comments.")]
    [InlineData("The Harbour Ministry also earlier rejected a claim by Tom Verner about the mayor's comments.")]
    public void Earlier_after_another_adverb_still_leaves_the_verb_a_verb(string sentence) =>
        Invented.Extract("timebefore.txt", "Mayor Jane Ruddock spoke on Monday.\n\n" + sentence).Require("institution:harbour-ministry", Stance.Denied, "rejected a claim");

    [Fact]
    public void An_earlier_report_is_still_a_noun() =>
        Assert.DoesNotContain(Invented.Extract("timebefore.txt", "Mayor Jane Ruddock spoke on Monday.\n\nThe Harbour Ministry also cited an earlier report on the port.").Statements,
            s => s.Evidence.Contains("earlier report", StringComparison.Ordinal));
}
