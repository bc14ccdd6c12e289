using KnowledgeGraph.Core.Tests.Support;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "“…,” ToTok co-founder Giacomo Ziani said": a shared office ("co-founder", "co-chair", "co-host") is a title as the
/// office alone is, so the person named after the company's name and the title speaks, not the company. Invented sentences.
/// </summary>
public sealed class CoTitleTests
{
    [Theory]
    [InlineData("\"Each version of the Zorvex app went through your rigorous review process,\" Zorvex co-founder Giacomo Ziani said.")]
    [InlineData("\"Each version of the Zorvex app went through your rigorous review process,\" Zorvex co-chair Giacomo Ziani said.")]
    public void The_person_after_a_shared_office_speaks(string sentence)
    {
        var doc = Invented.Extract("co.txt", "App answers critics\n\n" + sentence);
        var s = Assert.Single(doc.Statements, x => x.Evidence.Contains("review process", StringComparison.Ordinal));
        var speaker = doc.Entities.Single(e => e.Id == s.SpeakerId);
        Assert.Equal("Giacomo Ziani", speaker.Name);
        Assert.StartsWith("co-", speaker.Role, StringComparison.Ordinal);
    }
}
