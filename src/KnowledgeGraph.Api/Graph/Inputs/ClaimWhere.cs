using KnowledgeGraph.Model;

namespace KnowledgeGraph.Api.Graph.Inputs;

/// <summary>The <c>ClaimWhere</c> input as parsed: conditions on claims, combined with and/or/not.</summary>
public sealed class ClaimWhere
{
    /// <summary>Claim text or evidence contains this.</summary>
    public string? TextContains { get; set; }
    /// <summary>Speaker id or name.</summary>
    public string? Speaker { get; set; }
    /// <summary>Stance of the speaker's statement.</summary>
    public Stance? Stance { get; set; }
    /// <summary>Entity id or name the claim is about.</summary>
    public string? About { get; set; }
    /// <summary>Article id, or entity id or name, reporting the claim.</summary>
    public string? ReportedBy { get; set; }
    /// <summary>Publisher of a reporting article.</summary>
    public string? Publisher { get; set; }
    /// <summary>Article id holding a statement.</summary>
    public string? Article { get; set; }
    /// <summary>Statement dated on or after (ISO date).</summary>
    public string? From { get; set; }
    /// <summary>Statement dated on or before (ISO date).</summary>
    public string? To { get; set; }
    /// <summary>Both said and denied (true) or not (false).</summary>
    public bool? Contested { get; set; }
    /// <summary>All must match.</summary>
    public List<ClaimWhere>? And { get; set; }
    /// <summary>At least one must match.</summary>
    public List<ClaimWhere>? Or { get; set; }
    /// <summary>Must not match.</summary>
    public ClaimWhere? Not { get; set; }
}
