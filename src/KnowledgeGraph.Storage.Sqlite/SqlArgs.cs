using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// Collects the values of a query as numbered parameters, so that SQL text is only ever built from placeholders,
/// never from values. Lists travel as one JSON parameter read with <c>json_each</c>.
/// </summary>
internal sealed class SqlArgs
{
    private readonly List<object> _values = [];

    /// <summary>Adds a value; returns its placeholder.</summary>
    public string Add(object? value)
    {
        _values.Add(value ?? DBNull.Value);
        return "$p" + (_values.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Adds a LIMIT or OFFSET value; returns its placeholder behind a unary plus (<c>+$p1</c>). SQLite (3.53, the version
    /// we ship) plans a query with the value bound to a bare LIMIT or OFFSET placeholder, and so marks the compiled
    /// statement to be compiled again whenever that value is bound anew: a kept statement (<see cref="PreparedCommands"/>)
    /// was parsed and planned on every run. An expression is not planned with, so the statement stays compiled; our page queries walk an index in
    /// the order asked, whatever the limit, so the plan is the same.
    /// </summary>
    public string AddLimit(long value) => "+" + Add(value);

    /// <summary>Adds a list of strings; returns a sub-select of its values, for <c>x IN (…)</c>.</summary>
    public string AddList(IEnumerable<string> values) => $"(SELECT value FROM json_each({Add(JsonSerializer.Serialize(values.ToArray()))}))";

    public void ApplyTo(SqliteCommand command)
    {
        for (var i = 0; i < _values.Count; i++)
        {
            command.Parameters.AddWithValue("$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), _values[i]);
        }
    }
}
