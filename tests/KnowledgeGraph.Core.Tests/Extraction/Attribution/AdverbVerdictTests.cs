using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "labeled those reports as 'totally misleading and based on falsehoods.'": an adverb that strengthens the verdict
/// ("totally", "completely") and a straight single mark before it belong to the verdict, not to the object it judges.
/// Invented sentences.
/// </summary>
public sealed class AdverbVerdictTests
{
    private static ExtractedDocument Extract(string sentence) =>
        Invented.Extract("adverbverdict.txt", "Police spokesperson Sam Pettit spoke on Monday. " + sentence);

    [Theory]
    [InlineData("Sam Pettit labeled those reports as totally misleading.")]
    [InlineData("Sam Pettit labeled those reports as 'totally misleading and based on falsehoods.'")]
    [InlineData("Sam Pettit branded those reports as completely false.")]
    public void The_object_judged_false_is_denied_without_the_verdict(string sentence)
    {
        var s = Extract(sentence).Require("person:sam-pettit", Stance.Denied, "those reports as");
        Assert.Equal("Those reports", s.Claim);
    }
}
