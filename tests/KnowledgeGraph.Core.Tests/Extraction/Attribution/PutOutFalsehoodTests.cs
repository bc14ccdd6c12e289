using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// A speaker who says someone put out or made up a false report ("the paper published a fake story about …") rejects
/// what the report said; a report put out with no verdict on it is said. Invented sentences.
/// </summary>
public sealed class PutOutFalsehoodTests
{
    [Theory]
    [InlineData("\u00ABThe circulation of entirely unfounded news regarding the health of the harbour master by a local newspaper,\u00BB Fr. Tom Hale stated, \u00ABis gravely irresponsible.\u00BB")]
    [InlineData("Fr. Tom Hale said the circulation of entirely unfounded news regarding the health of the harbour master by a local newspaper is gravely irresponsible.")]
    public void Unfounded_news_regarding_something_is_denied_and_Fr_is_a_title(string sentence)
    {
        var doc = Invented.Extract("putout.txt", sentence);
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("Fr", StringComparison.Ordinal));
        var denial = doc.Require("person:tom-hale", Stance.Denied, "unfounded news");
        Assert.StartsWith("News regarding the health", denial.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void News_regarding_something_with_no_verdict_is_said()
    {
        var doc = Invented.Extract("putout.txt", "Tom Hale said the circulation of news regarding the health of the harbour master is gravely irresponsible.");
        Assert.DoesNotContain(doc.Statements, x => x.Stance == Stance.Denied);
    }

    [Fact]
    public void A_date_and_adverbs_between_the_verb_and_the_falsehood_and_according_to_which_still_deny_what_was_published()
    {
        var doc = Invented.Extract("putout.txt", "\u201CThe Daily Ledger published on June 8 totally false and unfounded information according to which the pier was sold to Norvia,\u201D Mayor Tom Hale said.");
        var denial = doc.Require("person:tom-hale", Stance.Denied, "totally false");
        Assert.StartsWith("The pier was sold", denial.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Having_seen_the_article_is_no_claim_before_the_verdict_on_it()
    {
        var doc = Invented.Extract("putout.txt", "\u201CI've seen that newspaper article. It's not accurate,\u201D Mayor Tom Hale said.");
        var only = Assert.Single(doc.Statements);
        Assert.Equal(Stance.Denied, only.Stance);
    }

    private static ExtractedDocument Extract(string sentence) =>
        Invented.Extract("putout.txt", "Minister answers the paper\n\nInformation Minister Tom Hale spoke in Harlow on Sunday.\n\n" + sentence);

    [Theory]
    [InlineData("Hale said the news desk of the daily \u2018Ledger\u2019 had developed a fake story about the defection of 33 members.", "defection of 33 members")]
    [InlineData("Hale said the newspaper published false reports that the port was sold to a foreign buyer.", "port was sold")]
    public void Saying_a_false_report_was_put_out_denies_what_it_said(string sentence, string said)
    {
        var s = Extract(sentence).Require("person:tom-hale", Stance.Denied, "Hale said");
        Assert.Contains(said, s.Claim, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_report_put_out_with_no_verdict_is_said()
    {
        var doc = Extract("Hale said the newspaper published a story about the defection of 33 members.");
        doc.Require("person:tom-hale", Stance.Said, "published a story");
        Assert.DoesNotContain(doc.Statements, x => x.Stance == Stance.Denied);
    }

    [Fact]
    public void A_fronted_participle_may_dismiss_a_published_work()
    {
        var doc = Extract("Dismissing the Facebook post as false, Hale said the student had never been slapped at the university.");
        var s = doc.Require("person:tom-hale", Stance.Denied, "Dismissing the Facebook post");
        Assert.Contains("post", s.Claim, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Hale called the post libelous.")]
    [InlineData("Hale called the post libellous.")]
    public void Libelous_is_a_verdict_of_falsehood(string sentence) =>
        Extract(sentence).Require("person:tom-hale", Stance.Denied, "called the post");
}
