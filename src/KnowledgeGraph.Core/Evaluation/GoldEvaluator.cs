using System.Text.Json;
using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Evaluation;

/// <summary>
/// Scores extracted documents against hand-written gold files. A statement matches a gold statement when the
/// speaker and stance are equal and the gold snippet occurs inside the evidence (case and accents folded).
/// Precision counts predictions that match some gold statement; recall counts gold statements some prediction matches.
/// </summary>
public static class GoldEvaluator
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Evaluates every document that has a <c>&lt;file&gt;.gold.json</c> in <paramref name="goldDir"/>.</summary>
    public static EvaluationReport Evaluate(string goldDir, IReadOnlyList<ExtractedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var problems = new List<string>();
        var gold = LoadGold(goldDir, problems);
        var perFile = new List<FileScore>();
        foreach (var doc in documents)
        {
            var name = Path.GetFileName(doc.Source.File);
            if (!gold.TryGetValue(name, out var g))
            {
                problems.Add($"{name}: no gold file, not scored.");
                continue;
            }

            perFile.Add(ScoreFile(g, doc));
            gold.Remove(name);
        }

        foreach (var missing in gold.Keys)
        {
            problems.Add($"{missing}.gold.json: no extracted document with that file name.");
        }

        return new EvaluationReport(
            perFile.Aggregate(Score.Zero, (a, f) => a + f.Statements),
            perFile.Aggregate(Score.Zero, (a, f) => a + f.Denials),
            perFile.Aggregate(Score.Zero, (a, f) => a + f.Entities),
            perFile,
            problems);
    }

    /// <summary>Scores one document against its gold.</summary>
    public static FileScore ScoreFile(GoldFile gold, ExtractedDocument doc)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(doc);
        var statements = Match(gold.Statements, doc.Statements, out var missed, out var spurious);
        var denials = Match([.. gold.Statements.Where(s => IsDenied(s.Stance))], [.. doc.Statements.Where(s => s.Stance == Stance.Denied)], out _, out _);
        var predicted = doc.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var expected = gold.Entities.ToHashSet(StringComparer.Ordinal);
        var hit = predicted.Count(expected.Contains);
        var entities = new Score(hit, predicted.Count, expected.Count(predicted.Contains), expected.Count);
        return new FileScore(gold.File, statements, denials, entities, missed, spurious);
    }

    private static Score Match(IReadOnlyList<GoldStatement> gold, IReadOnlyList<ExtractedStatement> predicted, out List<string> missed, out List<string> spurious)
    {
        var snippets = gold.Select(g => TextFold.Fold(g.Evidence.Trim())).ToList();
        var evidences = predicted.Select(p => TextFold.Fold(p.Evidence)).ToList();
        bool Matches(int gi, int pi) =>
            predicted[pi].SpeakerId == gold[gi].Speaker &&
            predicted[pi].Stance == (IsDenied(gold[gi].Stance) ? Stance.Denied : Stance.Said) &&
            evidences[pi].Contains(snippets[gi], StringComparison.Ordinal);

        var found = 0;
        missed = [];
        for (var gi = 0; gi < gold.Count; gi++)
        {
            if (Enumerable.Range(0, predicted.Count).Any(pi => Matches(gi, pi)))
            {
                found++;
            }
            else
            {
                missed.Add($"{gold[gi].Speaker} {gold[gi].Stance} \"{gold[gi].Evidence}\"");
            }
        }

        var correct = 0;
        spurious = [];
        for (var pi = 0; pi < predicted.Count; pi++)
        {
            if (Enumerable.Range(0, gold.Count).Any(gi => Matches(gi, pi)))
            {
                correct++;
            }
            else
            {
                spurious.Add($"{predicted[pi].SpeakerId} {predicted[pi].Stance} \"{predicted[pi].Evidence}\"");
            }
        }

        return new Score(correct, predicted.Count, found, gold.Count);
    }

    private static bool IsDenied(string stance) => stance.Equals("denied", StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, GoldFile> LoadGold(string goldDir, List<string> problems)
    {
        var result = new Dictionary<string, GoldFile>(StringComparer.Ordinal);
        if (!Directory.Exists(goldDir))
        {
            problems.Add($"{goldDir}: the gold folder does not exist.");
            return result;
        }

        foreach (var path in Directory.EnumerateFiles(goldDir, "*.gold.json").Order(StringComparer.Ordinal))
        {
            try
            {
                var g = JsonSerializer.Deserialize<GoldFile>(File.ReadAllText(path), Json);
                if (g is null || string.IsNullOrWhiteSpace(g.File))
                {
                    problems.Add($"{path}: the gold file has no \"file\" field; skipped.");
                    continue;
                }

                result[g.File] = g;
            }
            catch (JsonException ex)
            {
                problems.Add($"{path}: not a valid gold file ({ex.Message}); skipped.");
            }
        }

        return result;
    }
}
