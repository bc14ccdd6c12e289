using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Cleaning;

/// <summary>
/// A site's call to follow it on its platforms, in a line of its own, is furniture however long the line and whatever it
/// opens with; a sentence of the story that names platforms stays. Invented text.
/// </summary>
public sealed class FollowPromoTests
{
    private const string Story = "Harbour sale denied\n\nPort director Maria Okafor said on Monday the harbour had not been sold and that the board kept every berth.\n\n";

    [Fact]
    public void A_call_to_follow_the_site_on_its_platforms_is_furniture()
    {
        var doc = Invented.Extract("promo.txt", Story +
            "You’re reading Harbour Watch — experts who break news about the port and its surrounding trade, day after day. Be sure to check out " +
            "our homepage for all the latest news, and follow Harbour Watch on Twitter, Facebook, and LinkedIn to stay in the loop.");
        Assert.DoesNotContain(doc.Entities, e => e.Name is "LinkedIn" or "Facebook" or "Twitter");
        doc.Require("person:maria-okafor", Stance.Denied, "not been sold");
    }

    [Fact]
    public void A_sentence_that_names_platforms_without_a_call_to_follow_stays()
    {
        var doc = Invented.Extract("promo.txt", Story +
            "Okafor said the board would follow the inquiry closely, and that posts on Facebook and Twitter claiming the harbour was sold were false.");
        Assert.Contains(doc.Statements, x => x.SpeakerId == "person:maria-okafor" && x.Evidence.Contains("follow the inquiry", StringComparison.Ordinal));
    }
}
