using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "“I think it's absurd. Absolutely absurd and rumour mongering …”": a later quoted sentence that is only a verdict of
/// falsehood, with no verb of its own, goes on denying; "they know nothing of an alleged plot" disowns knowledge of what
/// was reported, a denial ("I know nothing about football" describes the speaker). A sentence that opens with "Rumours"
/// and has its own verb is no verdict. Invented sentences.
/// </summary>
public sealed class VerdictFragmentTests
{
    [Theory]
    [InlineData("“I think it’s absurd. Absolutely absurd and rumour mongering which is meant to be divisive,” Quintero said.")]
    [InlineData("“The story about the harbour is wrong. Totally false, from start to finish,” Quintero said.")]
    public void A_verbless_verdict_goes_on_denying(string sentence)
    {
        var doc = Invented.Extract("fragment.txt", "Harbour row\n\n" + sentence);
        Assert.NotEmpty(doc.Statements);
        Assert.All(doc.Statements, s => Assert.Equal(Stance.Denied, s.Stance));
    }

    [Fact]
    public void Rumours_with_a_verb_of_their_own_are_no_verdict()
    {
        var doc = Invented.Extract("fragment.txt", "Harbour row\n\n“The harbour is safe. Rumours that it will close are circulating,” Quintero said.");
        Assert.All(doc.Statements, s => Assert.Equal(Stance.Said, s.Stance));
    }

    [Theory]
    [InlineData("Jeff Quintero says he knows nothing of an alleged plot by club bosses to oust the chairman.")]
    [InlineData("Quintero said: “I know nothing about any planned coup.”")]
    public void Knowing_nothing_of_what_was_reported_is_a_denial(string sentence)
    {
        var doc = Invented.Extract("fragment.txt", "Club row\n\n" + sentence);
        Assert.Equal(Stance.Denied, Assert.Single(doc.Statements).Stance);
    }

    [Fact]
    public void Knowing_nothing_of_a_field_describes_the_speaker()
    {
        var doc = Invented.Extract("fragment.txt", "Club row\n\n“I know nothing about football,” Jane Quintero said.");
        Assert.Equal(Stance.Said, Assert.Single(doc.Statements).Stance);
    }
}
