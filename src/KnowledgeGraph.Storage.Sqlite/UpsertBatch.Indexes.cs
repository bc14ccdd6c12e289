namespace KnowledgeGraph.Storage.Sqlite;

internal sealed partial class UpsertBatch
{
    /// <summary>
    /// Tables whose secondary indexes a bulk batch drops and builds again at the end: building an index from sorted rows
    /// costs a fraction of keeping it up to date row by row, once the batch is large relative to what is stored.
    /// Unique indexes stay: the upserts rely on them.
    /// </summary>
    private static readonly string[] BulkIndexedTables = ["entity", "claim", "statement", "claim_reporter", "claim_about", "mention"];

    private readonly List<(string Table, string Name, string Sql)> _droppedIndexes = [];

    /// <summary>Drops the secondary indexes of <see cref="BulkIndexedTables"/>, remembering how to create them; inside the batch's transaction, so a failure restores them.</summary>
    private void DropSecondaryIndexes()
    {
        using (var list = Command(
            "SELECT tbl_name, name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (SELECT value FROM json_each($tables)) ORDER BY name"))
        {
            list.Parameters.AddWithValue("$tables", System.Text.Json.JsonSerializer.Serialize(BulkIndexedTables));
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                _droppedIndexes.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        foreach (var (_, name, _) in _droppedIndexes)
        {
            using var drop = Command($"DROP INDEX \"{name}\"");
            drop.ExecuteNonQuery();
        }
    }

    /// <summary>Creates again the dropped indexes of the tables that <paramref name="which"/> selects.</summary>
    private void RecreateSecondaryIndexes(Func<string, bool> which)
    {
        foreach (var index in _droppedIndexes.Where(i => which(i.Table)).ToList())
        {
            using var create = Command(index.Sql);
            create.ExecuteNonQuery();
            _droppedIndexes.Remove(index);
        }
    }
}
