using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Core.Tests.Support;

/// <summary>Finding statements by speaker, stance and a snippet of their evidence.</summary>
internal static class StatementQueries
{
    public static ExtractedStatement? Find(this ExtractedDocument doc, string speaker, Stance stance, string snippet) =>
        doc.Statements.FirstOrDefault(s => s.SpeakerId == speaker && s.Stance == stance &&
            TextFold.Fold(s.Evidence).Contains(TextFold.Fold(snippet), StringComparison.Ordinal));

    public static ExtractedStatement Require(this ExtractedDocument doc, string speaker, Stance stance, string snippet) =>
        doc.Find(speaker, stance, snippet) ?? throw new Xunit.Sdk.XunitException(
            $"No statement by {speaker} ({stance}) with evidence containing \"{snippet}\" in {doc.Source.File}. Found:\n" +
            string.Join('\n', doc.Statements.Select(s => $"  {s.SpeakerId} {s.Stance}: {s.Evidence}")));
}
