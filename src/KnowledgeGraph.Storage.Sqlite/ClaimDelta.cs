namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>How one batch changes a claim's maintained counts: statements added and removed, articles gained and lost, dates seen.</summary>
/// <param name="text">The claim text, for a claim the batch creates.</param>
/// <param name="folded">Its matching key.</param>
internal sealed class ClaimDelta(string text, string folded)
{
    public string Text { get; } = text;

    public string Folded { get; } = folded;

    public int Said { get; set; }

    public int Denied { get; set; }

    /// <summary>Change in the number of distinct reporting articles (corroboration).</summary>
    public int Articles { get; set; }

    /// <summary>Earliest date among the added statements, or null.</summary>
    public string? First { get; private set; }

    /// <summary>Latest date among the added statements, or null.</summary>
    public string? Last { get; private set; }

    /// <summary>True when the batch removed statements of the claim: its dates are read again and it may be left without statements.</summary>
    public bool Removed { get; set; }

    public void Count(bool denied, int by)
    {
        if (denied)
        {
            Denied += by;
        }
        else
        {
            Said += by;
        }
    }

    public void Dated(string? date)
    {
        if (date is null)
        {
            return;
        }

        if (First is null || string.CompareOrdinal(date, First) < 0)
        {
            First = date;
        }

        if (Last is null || string.CompareOrdinal(date, Last) > 0)
        {
            Last = date;
        }
    }
}
