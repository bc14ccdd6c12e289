using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "the screenshot was faked", "the video had been doctored", "the picture was photoshopped": a thing said to be faked
/// is called false, as "fake" and "forged" call it; the words are the participles only ("the doctor examined the
/// screenshot" calls nothing false). Invented sentences.
/// </summary>
public sealed class FakedVerdictTests
{
    [Theory]
    [InlineData("She said the screenshot of the bank message was faked.", Stance.Denied)]
    [InlineData("She said the video of the minister had been doctored.", Stance.Denied)]
    [InlineData("She said the picture of the crowd was photoshopped.", Stance.Denied)]
    [InlineData("She said the doctor examined the screenshot of the bank message.", Stance.Said)]
    public void A_thing_said_to_be_faked_is_denied(string sentence, Stance stance)
    {
        var doc = Invented.Extract("faked.txt", "Bank responds\n\nJane Roe spoke to reporters on Monday.\n\n" + sentence);
        var roe = Assert.Single(doc.Entities, e => e.Name == "Jane Roe");
        var statement = Assert.Single(doc.Statements, s => s.SpeakerId == roe.Id);
        Assert.Equal(stance, statement.Stance);
    }
}
