using System.Text.Json;
using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests.Commands;

public sealed class ExtractCommandTests
{
    [Fact]
    public async Task Extract_prints_only_contract_json_on_stdout_for_every_seed()
    {
        var result = await Kg.RunAsync("extract", Paths.Seeds, "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(5, documents.Count);
        foreach (var document in documents)
        {
            var source = document.GetProperty("source");
            var file = source.GetProperty("file").GetString()!;
            Assert.StartsWith("article:", source.GetProperty("id").GetString(), StringComparison.Ordinal);
            var text = await File.ReadAllTextAsync(Path.Combine(Paths.Seeds, file), TestContext.Current.CancellationToken);
            var entityIds = document.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToHashSet();
            foreach (var statement in document.GetProperty("statements").EnumerateArray())
            {
                int start = statement.GetProperty("start").GetInt32(), end = statement.GetProperty("end").GetInt32();
                Assert.Equal(text[start..end], statement.GetProperty("evidence").GetString());
                Assert.Contains(statement.GetProperty("stance").GetString(), new[] { "said", "denied" });
                Assert.Contains(statement.GetProperty("speakerId").GetString(), entityIds);
                Assert.StartsWith("claim:", statement.GetProperty("claimId").GetString(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Extract_finds_Cossio_denying_negotiations_and_MINREX_denying_a_threat()
    {
        var result = await Kg.RunAsync("extract", Paths.Seeds, "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var statements = Statements(result.Stdout);
        Assert.Contains(statements, s => s.SpeakerId == "person:carlos-fernandez-de-cossio" && s.Stance == "denied"
            && s.Evidence.Contains("negotiat", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(statements, s => s.SpeakerAliases.Contains("MINREX") && s.Stance == "denied"
            && s.Evidence.Contains("threat", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Extract_names_each_bad_file_skips_it_reads_Windows_1252_with_a_warning_and_exits_with_one()
    {
        using var dir = new TempDir();
        await File.WriteAllTextAsync(dir.File("empty.txt"), "", TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(dir.File("binary.txt"), [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10], TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(dir.File("latin1.txt"), [0x43, 0x61, 0x66, 0xE9, 0x20, 0x73, 0x61, 0x69, 0x64, 0x2E], TestContext.Current.CancellationToken);
        File.Copy(Directory.GetFiles(Paths.Seeds).Order(StringComparer.Ordinal).Last(), dir.File("good.txt"));

        var result = await Kg.RunAsync("extract", dir.Path, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("empty.txt", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("binary.txt", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("warning: " + dir.File("latin1.txt") + ": not valid UTF-8", result.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Stdout);
        var files = json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("source").GetProperty("file").GetString()).ToList();
        Assert.Equal(["good.txt", "latin1.txt"], files);
    }

    private sealed record Said(string SpeakerId, IReadOnlySet<string> SpeakerAliases, string Stance, string Evidence);

    private static List<Said> Statements(string stdout)
    {
        using var json = JsonDocument.Parse(stdout);
        var list = new List<Said>();
        foreach (var document in json.RootElement.GetProperty("documents").EnumerateArray())
        {
            var entities = document.GetProperty("entities").EnumerateArray().ToDictionary(
                e => e.GetProperty("id").GetString()!,
                e => (Name: e.GetProperty("name").GetString()!,
                      Aliases: (IReadOnlySet<string>)e.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).Append(e.GetProperty("name").GetString()!).ToHashSet()));
            foreach (var s in document.GetProperty("statements").EnumerateArray())
            {
                var speakerId = s.GetProperty("speakerId").GetString()!;
                list.Add(new Said(speakerId, entities[speakerId].Aliases, s.GetProperty("stance").GetString()!, s.GetProperty("evidence").GetString()!));
            }
        }

        return list;
    }
}
