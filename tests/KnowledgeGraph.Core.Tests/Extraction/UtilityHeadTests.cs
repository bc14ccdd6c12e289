using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Harlow Public Utilities said …", "Harlow Railway said …": "Utilities", "Utility", "Railway" and "Clinic" end an
/// organisation's name, never a person's, however the words before them read. Invented sentences.
/// </summary>
public sealed class UtilityHeadTests
{
    [Theory]
    [InlineData("Harlow Public Utilities")]
    [InlineData("Harlow Water Utility")]
    [InlineData("Harlow Valley Railway")]
    [InlineData("Harlow Family Clinic")]
    public void The_head_makes_an_organisation(string name)
    {
        var doc = Invented.Extract("head.txt", "Water news\n\n" + name + " said the water was safe to drink.");
        var body = Assert.Single(doc.Entities, e => e.Name == name);
        Assert.Equal(EntityKind.Institution, body.Kind);
    }
}
