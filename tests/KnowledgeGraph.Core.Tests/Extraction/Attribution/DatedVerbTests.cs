using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "He claimed in 2018 he was …", "alleged on Tuesday she had …": a time after the verb is no topic ("commented in the
/// Gazette on the lift" still reports nothing said). Invented sentences.
/// </summary>
public sealed class DatedVerbTests
{
    private static ExtractedDocument Extract(string sentence) =>
        Invented.Extract("dated.txt", "Mayor Jane Ruddock spoke on Monday. Councillor Tom Verner hit back.\n\n" + sentence);

    [Theory]
    [InlineData("He claimed in 2018 he was in a lift with Ms Ruddock at the harbour office.")]
    [InlineData("He alleged on Tuesday he was in a lift with Ms Ruddock at the harbour office.")]
    public void A_time_after_the_verb_keeps_the_content(string sentence) =>
        Assert.Contains("in a lift with", Extract(sentence).Require("person:tom-verner", Stance.Said, "lift").Claim, StringComparison.Ordinal);

    [Fact]
    public void A_place_of_publication_after_the_verb_is_still_a_topic() =>
        Assert.Empty(Extract("He commented in the Harbour Times on the lift.").Statements);
}
