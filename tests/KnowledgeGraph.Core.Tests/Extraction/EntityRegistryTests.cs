using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Model;
using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Core.Tests.Extraction;

public sealed class EntityRegistryTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "kg-registry-" + Guid.NewGuid().ToString("N") + ".yaml");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void The_default_registry_knows_leaders_agencies_outlets_and_capitals()
    {
        var doc = Seeds.Extract("registry.txt",
            "Vladimir Putin met Xi Jinping in Beijing. The CIA, the FBI and the State Department declined to comment to Reuters, AFP and The New York Times.");
        var ids = doc.Entities.Select(e => e.Id).ToList();
        Assert.Contains("person:vladimir-putin", ids);
        Assert.Contains("person:xi-jinping", ids);
        Assert.Contains("place:beijing", ids);
        Assert.Contains("institution:central-intelligence-agency", ids);
        Assert.Contains("institution:federal-bureau-of-investigation", ids);
        Assert.Contains("institution:state-department", ids);
        Assert.Contains("institution:reuters", ids);
        Assert.Contains("institution:afp", ids);
        Assert.Contains("institution:the-new-york-times", ids);
    }

    [Fact]
    public void A_registry_file_from_a_path_extends_what_is_recognised()
    {
        File.WriteAllText(_path, """
            countries:
              - { name: Freedonia, demonyms: [Freedonian], capital: Fredville }
            people:
              - { name: Rufus Firefly, aliases: [Firefly], role: Leader of Freedonia, country: Freedonia, leads: government }
            """);
        var extractor = new ArticleExtractor(EntityRegistry.Load(_path));

        var doc = extractor.Extract(new ArticleInput("f.txt", "Firefly denied that Freedonia was at war. Fredville said the border was calm."));

        Assert.Contains(doc.Statements, s => s.SpeakerId == "person:rufus-firefly" && s.Stance == Stance.Denied);
        Assert.Contains(doc.Statements, s => s.SpeakerId == "institution:government-of-freedonia" && s.Stance == Stance.Said);
    }

    [Fact]
    public void A_broken_registry_file_is_named_in_the_error()
    {
        File.WriteAllText(_path, "people:\n  - { name: Broken, aliases: [unclosed\n");
        var ex = Assert.Throws<InvalidDataException>(() => EntityRegistry.Load(_path));
        Assert.Contains(_path, ex.Message, StringComparison.Ordinal);

        File.WriteAllText(_path, "people:\n  - { role: nobody }\n");
        var missing = Assert.Throws<InvalidDataException>(() => EntityRegistry.Load(_path));
        Assert.Contains("people entry 1", missing.Message, StringComparison.Ordinal);
    }
}
