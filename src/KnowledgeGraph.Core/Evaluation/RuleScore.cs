namespace KnowledgeGraph.Evaluation;

/// <summary>How one extraction rule (attribution sieve) did: statements it produced and how many were correct.</summary>
/// <param name="Rule">The rule's name (<c>ExtractedStatement.Rule</c>), or <see cref="GoldEvaluator.NoRule"/>.</param>
/// <param name="Produced">Statements the rule produced.</param>
/// <param name="Correct">Of those, statements that match a gold claim.</param>
public sealed record RuleScore(string Rule, int Produced, int Correct)
{
    /// <summary>Correct over produced, rounded as score.py rounds.</summary>
    public double Precision => ScoreRules.Ratio(Correct, Produced);
}
