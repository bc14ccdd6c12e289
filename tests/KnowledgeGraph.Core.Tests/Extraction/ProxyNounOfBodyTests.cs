using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Representatives of the Harbour Ship Union denied …": a plural noun for those who act for others opening the sentence
/// before "of" is no word of the organisation's name (as "Residents of the Harbour Estate" already was not, an English
/// word the short word list lacks); the organisation they speak for is the speaker. Invented sentences.
/// </summary>
public sealed class ProxyNounOfBodyTests
{
    [Fact]
    public void Representatives_of_an_organisation_speak_for_it()
    {
        var doc = Invented.Extract("reps.txt", "Union news\n\nRepresentatives of the Harbour Ship Union denied any deal had been signed with the port.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("Representatives", StringComparison.Ordinal));
        var union = Assert.Single(doc.Entities, e => e.Name == "Harbour Ship Union");
        doc.Require(union.Id, Stance.Denied, "deal had been signed");
    }
}
