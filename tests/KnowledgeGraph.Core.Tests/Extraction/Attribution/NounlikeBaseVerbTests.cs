using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// Base forms the verb lists leave out because they are mostly nouns ("report", "claim", "note") speak only between a
/// subject and a that-clause. Invented sentences.
/// </summary>
public sealed class NounlikeBaseVerbTests
{
    [Theory]
    [InlineData("Law enforcement report that the incident was a welfare check on a tenant.", "welfare check on a tenant")]
    [InlineData("Investigators claim that the tenant struck an officer first.", "tenant struck an officer first")]
    public void A_base_form_between_a_subject_and_a_that_clause_is_the_verb(string sentence, string claim)
    {
        var doc = Invented.Extract("base.txt", "The Marlow Police Department denied the viral post on Sunday.\n\n" + sentence);
        var s = doc.Require("institution:marlow-police-department", Stance.Said, claim);
        Assert.StartsWith(sentence.Split(' ')[0], s.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A police report that was filed on Monday named two tenants.")]
    [InlineData("The report that the chief resigned circulated on Monday.")]
    [InlineData("Their claim that the chief resigned circulated on Monday.")]
    public void The_noun_before_a_relative_or_after_a_determiner_is_no_verb(string sentence)
    {
        var doc = Invented.Extract("base.txt", "The Marlow Police Department denied the viral post on Sunday.\n\n" + sentence);
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains(sentence[..12], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Club spokesman Tommy Marsh took to social media on Monday to rubbish claims that the manager had quit.", "the manager had quit")]
    [InlineData("Club spokesman Tommy Marsh moved on Monday to rubbish the reports that the manager had quit.", "the manager had quit")]
    public void A_denial_base_form_after_to_and_before_a_claim_noun_is_the_verb(string sentence, string claim) =>
        Invented.Extract("base.txt", sentence).Require("person:tommy-marsh", Stance.Denied, claim);

    [Theory]
    [InlineData("Club spokesman Tommy Marsh said fans were asked to rubbish bins near the gate.")]
    [InlineData("Club spokesman Tommy Marsh said the council failed to contest the fine.")]
    public void The_base_form_before_no_claim_noun_is_no_denial(string sentence) =>
        Assert.DoesNotContain(Invented.Extract("base.txt", sentence).Statements, s => s.Stance == Stance.Denied);
}
