using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Evaluation;

/// <summary>
/// The result of scoring extraction against gold: score.py's totals (same names, same rounding), its per-file
/// listing, a per-rule table (how precise each attribution sieve is) and notes on the inputs.
/// </summary>
/// <param name="Counts">The tallies summed over files.</param>
/// <param name="PerFile">Per gold file, in score.py's order.</param>
/// <param name="PerRule">Per extraction rule, most productive first.</param>
/// <param name="Problems">Documents without gold, gold without a document, gold evidence not in its text.</param>
public sealed record EvaluationReport(EvaluationCounts Counts, IReadOnlyList<FileScore> PerFile, IReadOnlyList<RuleScore> PerRule, IReadOnlyList<string> Problems)
{
    /// <summary>score.py <c>statements_precision</c>.</summary>
    public double StatementsPrecision => ScoreRules.Ratio(Counts.ExtractedCorrect, Counts.Extracted);

    /// <summary>score.py <c>statements_recall</c>.</summary>
    public double StatementsRecall => ScoreRules.Ratio(Counts.GoldHit, Counts.Gold);

    /// <summary>score.py <c>statements_f1</c>, computed like score.py from the rounded precision and recall.</summary>
    public double StatementsF1
    {
        get
        {
            double p = StatementsPrecision, r = StatementsRecall;
            return p + r != 0 ? ScoreRules.Round3(2 * p * r / (p + r)) : 0.0;
        }
    }

    /// <summary>score.py <c>found_recall</c>.</summary>
    public double FoundRecall => ScoreRules.Ratio(Counts.GoldFound, Counts.Gold);

    /// <summary>score.py <c>denied_recall</c>.</summary>
    public double DeniedRecall => ScoreRules.Ratio(Counts.DeniedHit, Counts.DeniedGold);

    /// <summary>score.py <c>entities_recall</c>.</summary>
    public double EntitiesRecall => ScoreRules.Ratio(Counts.EntitiesHit, Counts.EntitiesGold);

    /// <summary>score.py <c>entities_precision</c>.</summary>
    public double EntitiesPrecision => ScoreRules.Ratio(Counts.EntitiesExtractedCorrect, Counts.EntitiesExtracted);

    /// <summary>score.py <c>reporter_accuracy</c>.</summary>
    public double ReporterAccuracy => ScoreRules.Ratio(Counts.ReporterCorrect, Counts.ReporterGold);

    /// <summary>score.py <c>publisher_accuracy</c>.</summary>
    public double PublisherAccuracy => ScoreRules.Ratio(Counts.PublisherCorrect, Counts.PublisherGold);

    /// <summary>The totals as <c>score.py --json</c> prints them, character for character.</summary>
    public string ToJson()
    {
        static string F(double d) => ScoreRules.PythonFloat(d);
        var i = CultureInfo.InvariantCulture;
        return string.Create(i,
            $"{{\"statements_precision\": {F(StatementsPrecision)}, \"statements_recall\": {F(StatementsRecall)}, " +
            $"\"statements_f1\": {F(StatementsF1)}, \"found_recall\": {F(FoundRecall)}, \"denied_recall\": {F(DeniedRecall)}, " +
            $"\"entities_recall\": {F(EntitiesRecall)}, \"entities_precision\": {F(EntitiesPrecision)}, " +
            $"\"reporter_accuracy\": {F(ReporterAccuracy)}, \"publisher_accuracy\": {F(PublisherAccuracy)}, " +
            $"\"files\": {Counts.Files}, \"files_missing\": {Counts.FilesMissing}, \"extracted\": {Counts.Extracted}, \"gold\": {Counts.Gold}}}");
    }

    /// <summary>The report for people: totals with their counts, the per-rule table, the per-file listing, notes.</summary>
    public override string ToString()
    {
        var c = Counts;
        var sb = new StringBuilder();
        var i = CultureInfo.InvariantCulture;
        sb.AppendLine(i, $"{"measure",-22} {"value",6}   counts");
        Row(sb, "statements precision", StatementsPrecision, $"{c.ExtractedCorrect} of {c.Extracted} statements match a gold claim");
        Row(sb, "statements recall", StatementsRecall, $"{c.GoldHit} of {c.Gold} gold claims matched");
        Row(sb, "statements F1", StatementsF1, "");
        Row(sb, "found recall", FoundRecall, $"{c.GoldFound} of {c.Gold} gold claims overlapped by a statement, any speaker or stance");
        Row(sb, "denied recall", DeniedRecall, $"{c.DeniedHit} of {c.DeniedGold} gold denials matched");
        Row(sb, "entities recall", EntitiesRecall, $"{c.EntitiesHit} of {c.EntitiesGold} gold entities found");
        Row(sb, "entities precision", EntitiesPrecision, $"{c.EntitiesExtractedCorrect} of {c.EntitiesExtracted} extracted entities in the gold");
        Row(sb, "reporter accuracy", ReporterAccuracy, $"{c.ReporterCorrect} of {c.ReporterGold} matched claims with an intermediary name it");
        Row(sb, "publisher accuracy", PublisherAccuracy, $"{c.PublisherCorrect} of {c.PublisherGold} files with a gold publisher");
        sb.AppendLine(i, $"{c.Files} gold files, {c.FilesMissing} without an extracted document");

        sb.AppendLine();
        var width = Math.Max(20, PerRule.Select(r => r.Rule.Length).DefaultIfEmpty(0).Max());
        sb.AppendLine(i, $"{"rule".PadRight(width)} {"produced",8} {"correct",8} {"precision",9}");
        foreach (var r in PerRule)
        {
            sb.AppendLine(i, $"{r.Rule.PadRight(width)} {r.Produced,8} {r.Correct,8} {r.Precision,9:0.000}");
        }

        sb.AppendLine();
        foreach (var f in PerFile)
        {
            var fc = f.Counts;
            sb.AppendLine(i, $"{f.File,-55} extracted {fc.Extracted,3} correct {fc.ExtractedCorrect,3} | gold {fc.Gold,3} hit {fc.GoldHit,3}");
        }

        foreach (var p in Problems)
        {
            sb.AppendLine("note: " + p);
        }

        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string name, double value, string counts) =>
        sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{name,-22} {value,6:0.000}   {counts}").TrimEnd());
}
