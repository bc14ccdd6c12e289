using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Evaluation;

/// <summary>
/// Claim texts keep the polarity of their evidence (issue 13, item 6): the check itself on invented statements, then
/// every statement extracted from every article that has gold (../shared/dev and ../shared/seeds).
/// </summary>
public sealed class ClaimPolarityTests
{
    private static ExtractedStatement Statement(Stance stance, string claim, string evidence) =>
        new("person:maria-okafor", stance, "claim:x", claim, evidence, 0, evidence.Length, [], []);

    [Theory]
    [InlineData(Stance.Said, "The move was independent and a result of pressure", "Okafor insisted the move was independent and not a result of pressure.")]
    [InlineData(Stance.Said, "The terminal will open in May", "Okafor said the terminal will not open in May.")]
    [InlineData(Stance.Denied, "The terminal was not sold", "Okafor denied that the terminal was sold.")]
    [InlineData(Stance.Denied, "The port does not not pose a threat", "Okafor said the port does not pose a threat.")]
    [InlineData(Stance.Said, "Tom Reyes is an employee or a spokesperson for the port", "Tom Reyes is neither an employee nor a spokesperson for the port.")]
    public void A_claim_that_loses_or_gains_a_negation_disagrees(Stance stance, string claim, string evidence) =>
        Assert.NotNull(ClaimPolarity.Disagreement(Statement(stance, claim, evidence)));

    [Theory]
    [InlineData(Stance.Said, "The move was independent and not a result of pressure", "Okafor insisted the move was independent and not a result of pressure.")]
    [InlineData(Stance.Denied, "The port does pose a threat", "Okafor said the port does not pose a threat.")]
    [InlineData(Stance.Denied, "The terminal was sold", "Okafor denied that the terminal was sold.")]
    [InlineData(Stance.Said, "He would rule quickly", "The judge did not set a date, but said he would rule quickly.")]
    [InlineData(Stance.Denied, "Tom Reyes is an employee or a spokesperson for the port", "Tom Reyes is neither an employee nor a spokesperson for the port.")]
    public void A_claim_that_keeps_the_polarity_of_its_evidence_agrees(Stance stance, string claim, string evidence) =>
        Assert.Null(ClaimPolarity.Disagreement(Statement(stance, claim, evidence)));

    [Fact]
    public void No_extracted_claim_of_an_article_with_gold_disagrees_with_its_evidence()
    {
        var dev = Directory.GetFiles(ScorePy.DevDir, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => Seeds.Extractor.Extract(new ArticleInput(Path.GetFileName(f), File.ReadAllText(f))));
        var documents = dev.Concat(Seeds.All.Select(s => s.Doc)).ToList();
        Assert.True(documents.Count >= 25, "expected the dev articles and the seeds");
        var aligned = documents.SelectMany(d => d.Statements).Count(s => ClaimPolarity.Aligned(s.Evidence, s.Claim) is not null);
        Assert.True(aligned >= 100, $"only {aligned} claims could be aligned with their evidence");
        var disagreements = documents.SelectMany(d => d.Statements.Select(s => (d.Source.File, Problem: ClaimPolarity.Disagreement(s))))
            .Where(x => x.Problem is not null).Select(x => $"{x.File}: {x.Problem}").ToList();
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }
}
