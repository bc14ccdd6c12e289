using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// Verdicts whose object is only a pronoun: "They are false" denies the claims the text named last; "Clearly this is a
/// fabricated story" is the whole clause, as "This is …" is. Invented sentences.
/// </summary>
public sealed class PronounVerdictTests
{
    [Fact]
    public void They_are_false_denies_the_claims_named_last()
    {
        var doc = Invented.Extract("they.txt",
            "Supervisor answers accusations\n\nSupervisor Dave Reyes is responding to accusations of the misuse of public funds on county trips.\n\n" +
            "\u201CThey are false, defamatory and will be refuted,\u201D said spokesman Gary Holt.");
        var s = doc.Require("person:gary-holt", Stance.Denied, "They are false");
        Assert.Contains("misuse of public funds", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void They_are_false_with_no_claims_named_before_is_no_statement()
    {
        var doc = Invented.Extract("they.txt",
            "Supervisor answers\n\nSupervisor Dave Reyes spoke at the county hall on Monday.\n\n\u201CThey are false,\u201D said spokesman Gary Holt.");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "person:gary-holt");
    }

    [Fact]
    public void A_sentence_adverb_before_this_leaves_the_whole_clause_as_the_claim()
    {
        var doc = Invented.Extract("this.txt",
            "Star denies split\n\nActress Dana Kirby spoke on Monday.\n\n\"Clearly this is a fabricated story,\" Kirby's rep, Stephen Hale, tells the Daily Ledger.");
        var s = doc.Require("person:stephen-hale", Stance.Denied, "fabricated story");
        Assert.Contains("fabricated story", s.Claim, StringComparison.Ordinal);
    }
}
