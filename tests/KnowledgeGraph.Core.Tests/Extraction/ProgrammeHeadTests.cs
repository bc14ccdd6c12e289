using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "The United Nations Development Programme said …": "Programme" closes an organisation's name, so the name built on the
/// registry's "United Nations" is one body, not the United Nations and a person "Development Programme". Invented sentences.
/// </summary>
public sealed class ProgrammeHeadTests
{
    [Fact]
    public void A_programme_built_on_a_registry_name_is_one_body()
    {
        var doc = Invented.Extract("programme.txt", "Agency rejects claims\n\nThe United Nations Development Programme said the harbour report was false.");
        var s = Assert.Single(doc.Statements, x => x.Evidence.Contains("harbour", StringComparison.Ordinal));
        var speaker = doc.Entities.Single(e => e.Id == s.SpeakerId);
        Assert.Equal((EntityKind.Institution, "United Nations Development Programme"), (speaker.Kind, speaker.Name));
        Assert.DoesNotContain(doc.Entities, e => e.Kind == EntityKind.Person);
    }
}
