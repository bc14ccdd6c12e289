using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "“…,” Zorvex retorted in a statement dated June 19.", "“…,” Zorvex explained in an interview.": after a quotation
/// that closes right before the verb, "in", "on" or "at" opens the channel of the saying, not a topic, so the quotation
/// is the verb's content as it is for "said"; with no quotation before, "explained in detail" still needs a "that" or a
/// quotation after it. Invented sentences.
/// </summary>
public sealed class QuoteThenVerbChannelTests
{
    [Theory]
    [InlineData("Zorvex retorted in a statement dated June 19.")]
    [InlineData("Zorvex explained in an interview.")]
    [InlineData("Zorvex stressed on its website.")]
    public void A_quotation_before_the_verb_is_its_content(string tail)
    {
        var doc = Invented.Extract("channel.txt", "Airline responds\n\nZorvex denied the reports on Monday.\n\n" +
            "\u201CThe company did not file for bankruptcy. We are looking for more financing,\u201D " + tail);
        var firm = Assert.Single(doc.Entities, e => e.Name == "Zorvex");
        doc.Require(firm.Id, Stance.Said, "more financing");
    }

    [Fact]
    public void Without_a_quotation_a_topic_after_the_verb_states_nothing()
    {
        var doc = Invented.Extract("channel.txt", "Airline responds\n\nZorvex explained in detail the new fuel policy for its pilots.");
        Assert.Empty(doc.Statements);
    }
}
