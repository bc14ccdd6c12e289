namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>How one batch changes a maintained count row: an entity's statements and mentions, a day's or a publisher's statements.</summary>
internal sealed class CountDelta
{
    public int Said { get; set; }

    public int Denied { get; set; }

    public int Mentions { get; set; }

    public bool IsZero => Said == 0 && Denied == 0 && Mentions == 0;

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
}
