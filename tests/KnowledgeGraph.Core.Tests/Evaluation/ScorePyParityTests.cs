using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Evaluation;

/// <summary>The C# port against score.py itself: its functions called through python3, and its totals on our gold.</summary>
public sealed class ScorePyParityTests
{
    [Fact]
    public void Norm_gives_what_score_py_gives_for_every_character_in_the_common_scripts()
    {
        var inputs = new List<string>
        {
            "", "The", "the", "  The  Guardian ", "The\u00a0Times", "theguardian", "The-Guardian", "\u2003the\u2003Economist",
            "Díaz-Canel", "Fernández de Cossío", "FENERBAHÇE", "Straße", "Øresund", "ﬁnance", "½ of the vote", "Ⓐ", "İstanbul",
            "the\u001cx", "\u001cthe x", "’s", "e\u0301", "a\u0903b", "x\U0001D400y", "the \U0001F600 smile",
        };
        foreach (var (from, to) in new[] { (0x20, 0x2FFF), (0x3000, 0x33FF), (0xFB00, 0xFFFD), (0x1D400, 0x1D7FF), (0x1F100, 0x1F1FF) })
        {
            for (var cp = from; cp <= to; cp++)
            {
                if (cp is < 0xD800 or > 0xDFFF)
                {
                    var c = char.ConvertFromUtf32(cp);
                    inputs.Add($"a{c}b");
                    inputs.Add($"the{c}x");
                }
            }
        }

        var expected = PyMap("score.norm(s)", inputs);
        var mismatches = inputs.Select((s, i) => (s, want: expected[i], got: ScoreRules.Norm(s))).Where(x => x.want != x.got).Take(10).ToList();
        Assert.True(mismatches.Count == 0,
            "Where python3's Unicode is newer than the table's, regenerate src/KnowledgeGraph.Core/Evaluation/Data/score-fold.txt " +
            "with make-score-fold.py there.\n" +
            string.Join("\n", mismatches.Select(m => $"{Escape(m.s)}: score.py \"{m.want}\", ours \"{m.got}\"")));
    }

    [Fact]
    public void Every_ratio_is_rounded_as_python_rounds_it()
    {
        var pairs = new List<(int A, int B)>();
        for (var b = 1; b <= 400; b++)
        {
            for (var a = 0; a <= b; a++)
            {
                pairs.Add((a, b));
            }
        }

        var expected = ScorePy.Call(
            "for line in sys.stdin:\n    a, b = map(int, line.split())\n    print(repr(round(a / b, 3)))",
            string.Join("\n", pairs.Select(p => $"{p.A} {p.B}")) + "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(pairs.Count, expected.Length);
        var mismatches = pairs.Select((p, i) => (p, want: expected[i], got: ScoreRules.PythonFloat(ScoreRules.Ratio(p.A, p.B))))
            .Where(x => x.want != x.got).Take(10).ToList();
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Select(m => $"{m.p.A}/{m.p.B}: python {m.want}, ours {m.got}")));
    }

    [Fact]
    public void Names_match_as_in_score_py()
    {
        string[][] sets =
        [
            ["Miguel Díaz-Canel", "Diaz-Canel"], ["Miguel Mario Diaz Canel"], ["Canel"], ["DIAZ-CANEL"], ["Mario Díaz-Canel"],
            ["The Associated Press", "AP"], ["Associated Press"], ["the"], ["Government of Cuba", "Havana"], ["havana"], [""],
        ];
        var pairs = (from a in sets from b in sets select (a, b)).ToList();
        var expected = ScorePy.Call(
            "import json\nfor line in sys.stdin:\n    a, b = json.loads(line)\n" +
            "    print(score.names_match(score.names_of({'name': a[0], 'aliases': a[1:]}), score.names_of({'name': b[0], 'aliases': b[1:]})))",
            string.Join("\n", pairs.Select(p => JsonSerializer.Serialize(new[] { p.a, p.b }))) + "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < pairs.Count; i++)
        {
            var (a, b) = pairs[i];
            var ours = ScoreRules.NamesMatch(ScoreRules.NamesOf(a[0], a[1..]), ScoreRules.NamesOf(b[0], b[1..]));
            Assert.True(expected[i] == (ours ? "True" : "False"), $"{string.Join("/", a)} vs {string.Join("/", b)}: score.py {expected[i]}, ours {ours}");
        }
    }

    [Theory]
    [InlineData("seeds")]
    [InlineData("own")]
    public void The_totals_equal_score_py_on_our_gold(string set)
    {
        var (goldDir, textDir) = set == "seeds" ? (Seeds.GoldDir, Seeds.SeedDir) : (Seeds.ArticlesDir, Seeds.ArticlesDir);
        var docs = Directory.GetFiles(textDir, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => Seeds.Extract(Path.GetFileName(f), File.ReadAllText(f))).ToList();
        var facts = Path.Combine(Path.GetTempPath(), $"kg-eval-{set}-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(facts, ContractJson.Serialize(new FactsFile(docs)), new UTF8Encoding(false));
            var pythonTotals = ScorePy.Run(facts, goldDir, textDir, "--json").Trim();
            var ours = GoldEvaluator.Evaluate(goldDir, textDir, docs).ToJson();
            Assert.Equal(pythonTotals, ours);
        }
        finally
        {
            File.Delete(facts);
        }
    }

    private static string[] PyMap(string expression, IReadOnlyList<string> inputs)
    {
        var output = ScorePy.Call($"import json\nfor line in sys.stdin:\n    s = json.loads(line)\n    print(json.dumps({expression}))",
            string.Join("\n", inputs.Select(s => JsonSerializer.Serialize(s))) + "\n");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(inputs.Count, lines.Length);
        return [.. lines.Select(l => JsonSerializer.Deserialize<string>(l)!)];
    }

    private static string Escape(string s) =>
        string.Concat(s.EnumerateRunes().Select(r => r.Value is >= 0x20 and < 0x7F ? r.ToString() : $"\\u{r.Value.ToString("X4", CultureInfo.InvariantCulture)}"));
}
