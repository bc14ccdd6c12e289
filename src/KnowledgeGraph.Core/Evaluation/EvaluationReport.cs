using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Evaluation;

/// <summary>Precision, recall and F1 over a set of articles with gold annotations, in total and per article.</summary>
/// <param name="Statements">Speaker + stance + evidence snippet.</param>
/// <param name="Denials">The same, restricted to denials.</param>
/// <param name="Entities">Entity ids found in the article.</param>
/// <param name="PerFile">Per article: file name and its three scores.</param>
/// <param name="Problems">Gold files without a matching document, documents without gold, unreadable gold.</param>
public sealed record EvaluationReport(Score Statements, Score Denials, Score Entities, IReadOnlyList<FileScore> PerFile, IReadOnlyList<string> Problems)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"measure",-12} {"precision",9} {"recall",9} {"F1",7}   counts");
        Row(sb, "statements", Statements);
        Row(sb, "denials", Denials);
        Row(sb, "entities", Entities);
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"file",-34} {"stmt P",7} {"stmt R",7} {"deny R",7} {"ent R",7}");
        foreach (var f in PerFile)
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"{Trim(f.File),-34} {f.Statements.Precision,7:0.000} {f.Statements.Recall,7:0.000} {f.Denials.Recall,7:0.000} {f.Entities.Recall,7:0.000}");
        }

        foreach (var p in Problems)
        {
            sb.AppendLine("note: " + p);
        }

        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string name, Score s) =>
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"{name,-12} {s.Precision,9:0.000} {s.Recall,9:0.000} {s.F1,7:0.000}   {s.CorrectPredicted}/{s.Predicted} predicted correct, {s.FoundGold}/{s.Gold} gold found");

    private static string Trim(string s) => s.Length <= 34 ? s : s[..31] + "...";
}
