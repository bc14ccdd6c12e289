using KnowledgeGraph.Cli.Commands;

namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary>
/// <c>kg load</c> decides on a bulk load and shows progress from the size of its input: for a facts file named through a
/// symbolic link that is the target's size, not the few bytes of the link.
/// </summary>
public sealed class LoadSizeTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "kg-load-size-" + Guid.NewGuid().ToString("N"));

    public LoadSizeTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Facts_named_through_links_measure_as_their_targets_and_a_broken_link_as_nothing()
    {
        var facts = Path.Combine(_dir, "facts.jsonl");
        File.WriteAllText(facts, string.Concat(Enumerable.Repeat("{\"article\":{\"id\":\"x\"}}\n", 500)));
        var first = Path.Combine(_dir, "first.jsonl");
        File.CreateSymbolicLink(first, facts);
        var second = Path.Combine(_dir, "second.jsonl");
        File.CreateSymbolicLink(second, first);
        var broken = Path.Combine(_dir, "broken.jsonl");
        File.CreateSymbolicLink(broken, Path.Combine(_dir, "missing.jsonl"));

        Assert.Equal(new FileInfo(facts).Length, LoadCommand.FactsBytes([second]));
        Assert.Equal(0, LoadCommand.FactsBytes([broken]));
        Assert.Null(LoadCommand.FactsBytes([second, "-"]));
    }
}
