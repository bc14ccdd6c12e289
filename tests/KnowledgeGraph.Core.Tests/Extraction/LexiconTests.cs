using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Core.Tests.Extraction;

public sealed class LexiconTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "kg-lexicon-" + Guid.NewGuid().ToString("N") + ".yaml");

    public void Dispose() => File.Delete(_path);

    private static string DefaultYaml()
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream("KnowledgeGraph.Data.lexicon.yaml")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [Fact]
    public void The_default_lexicon_reads_speech_and_denial_verbs_with_their_forms()
    {
        var lexicon = Lexicon.Default;
        Assert.Equal(("say", false), lexicon.Verbs["said"]);
        Assert.Equal(("deny", true), lexicon.Verbs["denies"]);
        Assert.Equal(("refute", true), lexicon.Verbs["refuted"]);
        Assert.False(lexicon.Verbs.ContainsKey("claim")); // a base form that is mostly a noun in news text
        Assert.Contains("baseless", (IReadOnlySet<string>)lexicon.FalsehoodWords);
        Assert.Contains("spokesperson", (IReadOnlySet<string>)lexicon.Titles);
        Assert.Contains(("told", "", true), lexicon.ReporterCues);
        Assert.True(lexicon.WordCount > 1000);
    }

    [Fact]
    public void A_lexicon_file_from_a_path_can_add_a_verb()
    {
        File.WriteAllText(_path, DefaultYaml().Replace("speechVerbs:\n", "speechVerbs:\n  expound: [expounded, expounds]\n", StringComparison.Ordinal));
        var lexicon = Lexicon.Load(_path);
        Assert.Equal(("expound", false), lexicon.Verbs["expounded"]);
        Assert.False(Lexicon.Default.Verbs.ContainsKey("expounded"));
    }

    [Theory]
    [InlineData("foo: [a]\n", "line 1: unknown list 'foo'")]
    [InlineData("speechVerbs: [a, b\n", "not valid YAML")]
    [InlineData("titles: [a]\n", "is missing (a lexicon file must hold every list")]
    public void A_broken_lexicon_file_is_refused_with_the_reason(string yaml, string reason)
    {
        File.WriteAllText(_path, yaml);
        var ex = Assert.Throws<InvalidDataException>(() => Lexicon.Load(_path));
        Assert.Contains(_path, ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_entry_is_refused_with_its_line()
    {
        var yaml = DefaultYaml();
        var lines = yaml.Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith("falsehoodWords:", StringComparison.Ordinal));
        lines.Insert(at + 2, "    baseless, baseless,");
        File.WriteAllText(_path, string.Join('\n', lines));
        var ex = Assert.Throws<InvalidDataException>(() => Lexicon.Load(_path));
        Assert.Contains($"line {at + 3}:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'baseless' is listed twice in falsehoodWords", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_that_is_not_folded_is_refused_with_the_folded_form()
    {
        File.WriteAllText(_path, DefaultYaml().Replace("communique", "Communiqué", StringComparison.Ordinal));
        var ex = Assert.Throws<InvalidDataException>(() => Lexicon.Load(_path));
        Assert.Contains("'Communiqué' in documentNouns is not folded: write 'communique'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verb_form_given_to_two_lemmas_is_refused()
    {
        File.WriteAllText(_path, DefaultYaml().Replace("denialVerbs:\n", "denialVerbs:\n  mistell: [said]\n", StringComparison.Ordinal));
        var ex = Assert.Throws<InvalidDataException>(() => Lexicon.Load(_path));
        Assert.Contains("the verb form 'said' is listed twice", ex.Message, StringComparison.Ordinal);
    }
}
