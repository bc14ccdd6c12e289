using System.Globalization;

namespace KnowledgeGraph.Evaluation;

/// <summary>Counts for one measure: predictions that match gold, all predictions, gold items found, all gold items.</summary>
/// <param name="CorrectPredicted">Predictions that match some gold item.</param>
/// <param name="Predicted">All predictions.</param>
/// <param name="FoundGold">Gold items matched by some prediction.</param>
/// <param name="Gold">All gold items.</param>
public sealed record Score(int CorrectPredicted, int Predicted, int FoundGold, int Gold)
{
    /// <summary>Correct predictions over predictions (1 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 1 : (double)CorrectPredicted / Predicted;

    /// <summary>Gold items found over gold items (1 when there is no gold).</summary>
    public double Recall => Gold == 0 ? 1 : (double)FoundGold / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds two scores' counts.</summary>
    public static Score operator +(Score a, Score b) =>
        new(a.CorrectPredicted + b.CorrectPredicted, a.Predicted + b.Predicted, a.FoundGold + b.FoundGold, a.Gold + b.Gold);

    /// <summary>An empty score.</summary>
    public static Score Zero { get; } = new(0, 0, 0, 0);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"P {Precision:0.000} ({CorrectPredicted}/{Predicted})  R {Recall:0.000} ({FoundGold}/{Gold})  F1 {F1:0.000}");
}
