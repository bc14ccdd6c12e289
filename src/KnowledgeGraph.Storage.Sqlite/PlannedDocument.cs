using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>A document the batch writes, with what the store held for its article before.</summary>
/// <param name="Document">The document.</param>
/// <param name="Fingerprint">Its <see cref="DocumentFingerprint"/>.</param>
/// <param name="Publisher">The publisher its statements count under: its own, else the stored article's.</param>
/// <param name="Date">Its statements' date: its own publication date, else the stored article's.</param>
internal sealed record PlannedDocument(ExtractedDocument Document, string Fingerprint, string? Publisher, string? Date);
