using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Abbas Mousavi": a registry person's one-word name (Mahmoud Abbas's "Abbas") followed by a capitalised name word that
/// is no part of that person's name opens someone else's name; "Abbas said", "Abbas Monday" and the full "Mahmoud Abbas"
/// stay the registry's person. Invented sentences.
/// </summary>
public sealed class RegistryNameOpensAnotherTests
{
    [Fact]
    public void A_registry_surname_before_another_name_word_is_someone_else()
    {
        var doc = Invented.Extract("name.txt", "Foreign ministry spokesman Abbas Mousavi said on Sunday that the accusations were baseless and meaningless.");
        var speaker = Assert.Single(doc.Entities, e => e.Name == "Abbas Mousavi");
        Assert.Equal(EntityKind.Person, speaker.Kind);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Mahmoud Abbas");
        Assert.Contains(doc.Statements, s => s.SpeakerId == speaker.Id);
    }

    [Theory]
    [InlineData("Palestinian President Mahmoud Abbas said on Sunday that the talks had collapsed over the harbour.")]
    [InlineData("Abbas said on Sunday that the talks had collapsed over the harbour.")]
    public void The_registry_person_is_still_found_alone(string sentence)
    {
        var doc = Invented.Extract("name.txt", sentence);
        Assert.Contains(doc.Statements, s => s.SpeakerId == "person:mahmoud-abbas");
    }
}
