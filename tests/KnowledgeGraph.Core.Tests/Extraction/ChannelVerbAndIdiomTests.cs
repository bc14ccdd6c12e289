using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "fended off accusations that …" denies them as "shrugged off" does; a quotation "texted" or "emailed" by someone is
/// theirs as one "tweeted" is; "slammed (the) stories about …" rejects them as "slammed the report" does. Invented
/// sentences.
/// </summary>
public sealed class ChannelVerbAndIdiomTests
{
    [Fact]
    public void Fending_off_accusations_denies_them()
    {
        var doc = Invented.Extract("fend.txt", "Harbour Mayor Tom Hale has fended off accusations that he bullied staff.");
        doc.Require("person:tom-hale", Stance.Denied, "bullied staff");
    }

    [Fact]
    public void Fending_off_a_rival_is_no_statement()
    {
        var doc = Invented.Extract("fend.txt", "Harbour United fended off Riverside Rovers to win the cup on Saturday.");
        Assert.Empty(doc.Statements);
    }

    [Theory]
    [InlineData("\"That never happened,\" texted Council Member Jane Roe.")]
    [InlineData("\"That never happened,\" emailed Council Member Jane Roe.")]
    public void A_quotation_texted_or_emailed_is_the_senders(string sentence)
    {
        var doc = Invented.Extract("text.txt", sentence);
        doc.Require("person:jane-roe", Stance.Denied, "never happened");
    }

    [Fact]
    public void Slamming_stories_about_something_rejects_them()
    {
        var doc = Invented.Extract("stories.txt", "Rita Vance slammed stories that she would marry in April as baseless.");
        doc.Require("person:rita-vance", Stance.Denied, "marry in April");
    }
}
