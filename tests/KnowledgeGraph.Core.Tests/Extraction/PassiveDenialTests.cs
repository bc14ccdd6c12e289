using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// A claim named as the subject of a passive verb of denial ("The report is hereby refuted in the strongest terms") is
/// denied by whoever says so; a tie disowned after another lack ("has no knowledge of, nor any involvement in, the
/// matters") is a denial as "has no involvement in" is. Invented sentences.
/// </summary>
public sealed class PassiveDenialTests
{
    [Theory]
    [InlineData("“The report is hereby refuted in the strongest terms,” Quintbank said in a statement.")]
    [InlineData("“These claims are categorically rejected,” Quintbank said in a statement.")]
    [InlineData("“The allegation was dismissed as soon as it was made,” Quintbank said in a statement.")]
    public void A_claim_denied_in_the_passive_is_denied(string sentence)
    {
        var doc = Invented.Extract("passive.txt", "Harbour row\n\n" + sentence);
        Assert.Equal(Stance.Denied, Assert.Single(doc.Statements).Stance);
    }

    [Theory]
    [InlineData("“The request was rejected by the council,” Quintbank said in a statement.")]
    [InlineData("“The report was dismissed by the court last year,” Quintbank said in a statement.")]
    public void A_request_rejected_or_a_denial_by_another_is_said(string sentence)
    {
        var doc = Invented.Extract("passive.txt", "Harbour row\n\n" + sentence);
        Assert.Equal(Stance.Said, Assert.Single(doc.Statements).Stance);
    }

    [Fact]
    public void A_tie_disowned_after_another_lack_is_a_denial()
    {
        var doc = Invented.Extract("passive.txt", "Harbour row\n\n“President Quintero has no knowledge of, nor any involvement in, the matters " +
            "to which the article refers,” said spokesman Tyrone Zeal.");
        Assert.Equal(Stance.Denied, Assert.Single(doc.Statements).Stance);
    }

    [Theory]
    [InlineData("The report was denied by Col. Ray Dunmore.")]
    [InlineData("The reported attack on the convoy was denied by Ray Dunmore.")]
    [InlineData("The reported attack on the convoy was denied by the coalition spokesman, Col. Ray Dunmore.")]
    public void The_agent_of_a_passive_denial_may_carry_a_title_or_follow_a_description(string sentence)
    {
        var doc = Invented.Extract("passive.txt", "Harbour row\n\n" + sentence);
        var only = Assert.Single(doc.Statements);
        Assert.Equal(("person:ray-dunmore", Stance.Denied), (only.SpeakerId, only.Stance));
    }

    [Theory]
    [InlineData("The alleged victim was rejected by the coalition spokesman, Col. Ray Dunmore.")]
    [InlineData("The team's application was denied by Col. Ray Dunmore.")]
    public void A_person_or_a_request_turned_down_is_no_claim_denied(string sentence)
    {
        var doc = Invented.Extract("passive.txt", "Harbour row\n\n" + sentence);
        Assert.DoesNotContain(doc.Statements, s => s.Stance == Stance.Denied);
    }

    [Fact]
    public void What_a_third_person_does_not_know_alone_stays_said()
    {
        var doc = Invented.Extract("passive.txt", "Harbour row\n\n“President Quintero has no knowledge of the payments,” said spokesman Tyrone Zeal.");
        Assert.Equal(Stance.Said, Assert.Single(doc.Statements).Stance);
    }
}
