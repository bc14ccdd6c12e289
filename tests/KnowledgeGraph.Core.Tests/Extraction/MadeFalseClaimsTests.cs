using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "TV3 has made utterly false comments": whoever the speaker says made false claims has their claims rejected, also
/// behind "It is regrettable that …"; "not only inaccurate but also offensive" is no negated verdict; and the
/// one told before a colon ("told Tracey Crouch: “…”") is not the one speaking. Invented sentences.
/// </summary>
public sealed class MadeFalseClaimsTests
{
    [Theory]
    [InlineData("\"Worse than that, the channel and its host have made utterly false comments,\" Collins said.", Stance.Denied)]
    [InlineData("\"The paper is making false comments about my family,\" Collins said.", Stance.Denied)]
    [InlineData("\"The channel made false claims,\" Collins said.", Stance.Denied)]
    [InlineData("\"The channel made several comments about my family,\" Collins said.", Stance.Said)]
    [InlineData("\"The witnesses had told “full blown lies” in their evidence,\" Collins said.", Stance.Denied)]
    [InlineData("\"The witnesses told outright lies to the court,\" Collins said.", Stance.Denied)]
    [InlineData("\"The witnesses told the full story to the court,\" Collins said.", Stance.Said)]
    [InlineData("\"It is highly regrettable that the opposition leader has chosen to make false claims about our soldiers,\" Collins said.", Stance.Denied)]
    [InlineData("\"It is clear that the channel made false claims,\" Collins said.", Stance.Denied)]
    [InlineData("\"It is regrettable that the opposition leader has chosen to make claims about our soldiers,\" Collins said.", Stance.Said)]
    [InlineData("\"Allegations of theft at the harbour are not only inaccurate but also extremely offensive,\" Collins said.", Stance.Denied)]
    [InlineData("\"The audit of the harbour is not only accurate but also overdue,\" Collins said.", Stance.Said)]
    public void Making_false_claims_is_a_verdict_on_them(string sentence, Stance stance)
    {
        var doc = Invented.Extract("made.txt", "Minister hits back\n\nJustice minister Judith Collins spoke on Monday.\n\n" + sentence);
        var collins = Assert.Single(doc.Entities, e => e.Name == "Judith Collins");
        doc.Require(collins.Id, stance, sentence[1..20]);
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == collins.Id && s.Stance != stance);
    }

    [Fact]
    public void The_one_told_before_a_colon_is_not_the_speaker()
    {
        var doc = Invented.Extract("told.txt",
            "MP disputes claim\n\nJohn Nicolson, the former journalist who is now a member of the committee, told Tracey Crouch: " +
            "“I understand that there are three players in talks with the association.”");
        var nicolson = Assert.Single(doc.Entities, e => e.Name == "John Nicolson");
        doc.Require(nicolson.Id, Stance.Said, "three players in talks");
        Assert.DoesNotContain(doc.Statements, s => doc.Entities.Single(e => e.Id == s.SpeakerId).Name == "Tracey Crouch");
    }
}
