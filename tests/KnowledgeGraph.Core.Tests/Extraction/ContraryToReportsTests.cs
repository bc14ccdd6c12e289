using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "… said 12 people were rescued, contrary to reports of deaths": the speaker's account is said and what the reports say
/// is denied; "countered the claims" rejects them as "slammed the claims" does, while "countered that …" and "“…,” she
/// countered" only report; "set the record straight on reports that …" denies what the reports say, while "set up" and
/// "set a record" say nothing. Invented sentences.
/// </summary>
public sealed class ContraryToReportsTests
{
    [Fact]
    public void What_the_reports_say_is_denied()
    {
        var doc = Invented.Extract("contrary.txt", "Flood row\n\nThe Harbour Red Cross said 12 people were rescued, contrary to reports of deaths.");
        Assert.Contains(doc.Statements, s => s.Stance == Stance.Denied && s.Claim == "Deaths");
        Assert.Contains(doc.Statements, s => s.Stance == Stance.Said && s.Claim == "12 people were rescued");
    }

    [Theory]
    [InlineData("Quintbank countered the claims, saying its books were audited.", Stance.Denied)]
    [InlineData("Tom Hale countered that the bank was safe.", Stance.Said)]
    [InlineData("\"The bank is safe,\" Ann Bello countered.", Stance.Said)]
    public void Countering_claims_rejects_them(string sentence, Stance stance)
    {
        var doc = Invented.Extract("counter.txt", "Bank row\n\n" + sentence);
        Assert.Equal(stance, doc.Statements.First(s => s.Evidence.Contains("counter", StringComparison.Ordinal)).Stance);
    }

    [Theory]
    [InlineData("Quintbank has set the record straight on reports that it sacked 500 workers.", "It sacked 500 workers")]
    [InlineData("Tom Hale set the record straight about the claims that he resigned.", "He resigned")]
    public void Setting_the_record_straight_denies(string sentence, string claim)
    {
        var doc = Invented.Extract("record.txt", "Bank row\n\n" + sentence);
        var s = Assert.Single(doc.Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Equal(claim, s.Claim);
    }

    [Theory]
    [InlineData("Quintbank set up a new unit on Monday.")]
    [InlineData("Quintbank set a record for profits.")]
    public void Other_sets_say_nothing(string sentence) =>
        Assert.Empty(Invented.Extract("record.txt", "Bank row\n\n" + sentence).Statements);
}
