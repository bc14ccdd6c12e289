using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "The union said its members strongly deny the allegations": an organisation's own members, staff or players, unnamed,
/// speak as it, and the outer verb carries only their denial (one denied statement, no "said" of "Its members strongly").
/// Members a name follows are that name's. Invented sentences.
/// </summary>
public sealed class OwnMembersSpeakTests
{
    [Theory]
    [InlineData("The Harbour Riders Union said its members strongly deny the allegations of fraud.")]
    [InlineData("The Harbour Riders Union said their officials reject the allegations of fraud.")]
    public void The_organisation_denies(string sentence)
    {
        var doc = Invented.Extract("members.txt", "Union rejects claims\n\n" + sentence);
        var s = Assert.Single(doc.Statements, x => x.Evidence.Contains("fraud", StringComparison.Ordinal));
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Equal("Harbour Riders Union", doc.Entities.Single(e => e.Id == s.SpeakerId).Name);
    }
}
