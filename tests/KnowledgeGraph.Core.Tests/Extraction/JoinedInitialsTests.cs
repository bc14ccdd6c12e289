using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "D K Tiwari" and "DK Tiwari" are one person, and "Tiwari" alone is that person; an opening "Senior" or "Former" before
/// a party and a role is the person's, not the party's name. Invented sentences.
/// </summary>
public sealed class JoinedInitialsTests
{
    [Fact]
    public void Initials_written_apart_or_together_are_one_person()
    {
        var doc = Invented.Extract("initials.txt", "Harbour leader D K Tiwari files suit\n\n" +
            "Senior Harbour Party leader DK Tiwari on Sunday said he had filed a defamation suit against the port.\n\n" +
            "In a statement, Tiwari said the allegations were false.");
        var tiwari = Assert.Single(doc.Entities, e => e.Kind == EntityKind.Person);
        Assert.All(doc.Statements, s => Assert.Equal(tiwari.Id, s.SpeakerId));
        Assert.Equal(2, doc.Statements.Count);
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("Senior", StringComparison.Ordinal));
    }
}
