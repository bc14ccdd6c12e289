using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "She submitted that they belong to the poor strata of society": counsel's argument before a court, "submitted that",
/// is speech; submitting a report or a resignation is none. Invented sentences.
/// </summary>
public sealed class SubmittedThatTests
{
    [Fact]
    public void Submitting_that_is_speech()
    {
        var doc = Invented.Extract("court.txt",
            "Bail row\n\nSenior counsel Rita Obi appeared for the harbour workers on Monday. She submitted that the workers belong to the poor strata of society.");
        doc.Require("person:rita-obi", Stance.Said, "poor strata");
    }

    [Theory]
    [InlineData("Rita Obi submitted a report on the harbour to the ministry on Monday.")]
    [InlineData("Rita Obi submitted her resignation as harbour master on Friday.")]
    public void Submitting_a_thing_is_no_speech(string sentence)
    {
        Assert.Empty(Invented.Extract("court.txt", "Bail row\n\n" + sentence).Statements);
    }
}
