using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Tests.Support;

/// <summary>A statement before its offsets are known.</summary>
public sealed record StatementDraft(
    string SpeakerId, Stance Stance, string ClaimId, string Claim, string Evidence, IReadOnlyList<string> ReportedBy, IReadOnlyList<string> About);
