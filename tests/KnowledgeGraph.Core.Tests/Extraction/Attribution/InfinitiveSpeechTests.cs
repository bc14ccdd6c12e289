using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "went on to stress that …", "took to Twitter to claim that …": a base form the lexicon leaves out because it is mostly a
/// noun ("stress", "claim", "emphasise") is a verb of speech after "to". Invented sentences.
/// </summary>
public sealed class InfinitiveSpeechTests
{
    private static ExtractedDocument Extract(string sentence) =>
        Invented.Extract("infinitive.txt", "Harbour dispute\n\nPort Minister Tom Hale spoke on Monday about the harbour report.\n\n" + sentence);

    [Theory]
    [InlineData("Hale went on to stress that the port has strict safety rules.")]
    [InlineData("Hale went on to emphasise that the port has strict safety rules.")]
    [InlineData("Hale took to Twitter to claim that the port has strict safety rules.")]
    public void A_base_form_after_to_is_a_verb_of_speech(string sentence) =>
        Extract(sentence).Require("person:tom-hale", Stance.Said, "strict safety rules");

    [Theory]
    [InlineData("Hale went on to stress the port's strict safety rules.")]
    [InlineData("Hale said the stress of the harbour claim had hurt the workers.")]
    public void A_base_form_without_a_clause_or_after_no_to_states_nothing_new(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Statements, x => x.Evidence.Contains("stress", StringComparison.Ordinal) && !x.Evidence.StartsWith("Hale said", StringComparison.Ordinal));
}
