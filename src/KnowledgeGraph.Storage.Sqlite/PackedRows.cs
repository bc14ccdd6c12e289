using System.Buffers.Text;
using System.Text;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// A statement row (with its claim when joined) read as ONE value that SQLite builds, instead of column by column. Each
/// column read through Microsoft.Data.Sqlite is two or three calls into SQLite, each with a SafeHandle reference count
/// and SQLite's connection mutex taken and released; a page of 21 joined rows of 17 columns made about a thousand such
/// calls, about a fifth of the CPU of a small nested query (<c>entity(name){ denied(first:20) … }</c>). Packed, a row is
/// one step and one read.
/// </summary>
/// <remarks>
/// <para>The format: a text field is <c>&lt;UTF-8 byte length&gt;:&lt;bytes&gt;</c>, an SQL NULL a bare <c>:</c> (so NULL
/// and the empty string differ); a number is its decimal digits and <c>;</c>, NULL a bare <c>;</c> (digits hold no
/// <c>;</c>, and a length would make SQLite write the number as text twice); the last field, the statement's
/// intermediaries as a JSON array (never NULL), takes the rest of the value. No text needs escaping: the lengths say
/// where each value ends, whatever it holds (colons, semicolons, digits, quotes, NUL, any script).</para>
/// <para>The lengths come from <c>octet_length</c>, which counts bytes in the database's encoding: only a UTF-8 store
/// (every store this code creates) is read packed; the store reads a UTF-16 file column by column (<see cref="SqliteRows"/>).</para>
/// </remarks>
internal static class PackedRows
{
    /// <summary>Name of the packed column.</summary>
    public const string Column = "packed";

    // Text fields by name, numbers with a leading '#' (read with Fields.Int32 / NullableInt32).
    private static readonly string[] StatementFields = ["s.id", "s.speaker_id", "s.stance", "s.claim_id", "s.article_id", "s.evidence", "#s.start", "#s.\"end\"", "s.date", "s.rule"];
    private static readonly string[] ClaimFields = ["c.id", "c.text", "#c.said_count", "#c.denied_count", "#c.corroboration", "c.first_reported"];
    private const string ReportedBy = "(SELECT json_group_array(r.entity_id) FROM statement_reporter r WHERE r.statement_id = s.id)";

    /// <summary>The packed statement (<c>statement s</c>), with its claim (<c>LEFT JOIN claim c</c>) when <paramref name="withClaim"/>, as one column.</summary>
    public static string StatementSelect(bool withClaim) => withClaim ? StatementWithClaimSql : StatementSql;

    private static readonly string StatementSql = Pack(StatementFields);
    private static readonly string StatementWithClaimSql = Pack([.. StatementFields, .. ClaimFields]);

    private static string Pack(IEnumerable<string> fields) =>
        $"concat({string.Join(", ", fields.Select(f => f[0] == '#' ? $"{f[1..]}, ';'" : $"octet_length({f}), ':', {f}"))}, {ReportedBy}) AS {Column}";

    /// <summary>The statement of the reader's current row (column 0, <see cref="StatementSelect"/>), and its claim when the row joins one (null when it has none).</summary>
    public static (StatementRecord Statement, ClaimRecord? Claim) Read(SqliteDataReader reader, bool withClaim)
    {
        var row = SQLitePCL.raw.sqlite3_column_blob(reader.Handle, 0);
        return Parse(row, withClaim);
    }

    /// <summary>Parses one packed row (<see cref="StatementSelect"/>); throws <see cref="InvalidOperationException"/> on a malformed value.</summary>
    public static (StatementRecord Statement, ClaimRecord? Claim) Parse(ReadOnlySpan<byte> row, bool withClaim)
    {
        var fields = new Fields(row);
        var id = fields.Text();
        var speaker = fields.Text();
        var stance = SqliteRows.ParseStance(fields.Text());
        var claimId = fields.Text();
        var article = fields.Text();
        var evidence = fields.Text();
        var start = fields.Int32();
        var end = fields.Int32();
        var date = fields.NullableText();
        var rule = fields.NullableText();
        ClaimRecord? claim = null;
        if (withClaim)
        {
            var joinedId = fields.NullableText();
            var text = fields.NullableText();
            var said = fields.NullableInt32();
            var denied = fields.NullableInt32();
            var corroboration = fields.NullableInt32();
            var firstReported = fields.NullableText();
            if (joinedId is not null)
            {
                claim = new ClaimRecord(joinedId, text ?? throw Malformed("claim text"), said ?? throw Malformed("said_count"), denied ?? throw Malformed("denied_count"),
                    corroboration ?? throw Malformed("corroboration"), firstReported);
            }
        }

        var reportedBy = SqliteRows.Strings(fields.Rest());
        return (new StatementRecord(id, speaker, stance, claimId, article, evidence, start, end, date, reportedBy) { Rule = rule }, claim);
    }

    private static InvalidOperationException Malformed(string what) => new($"A packed statement row is malformed at its {what}.");

    /// <summary>The fields of one packed value, read in order.</summary>
    private ref struct Fields(ReadOnlySpan<byte> row)
    {
        private ReadOnlySpan<byte> _rest = row;

        public string Text() => NullableText() ?? throw Malformed("NOT NULL column");

        public string? NullableText()
        {
            var value = Next(out var isNull);
            return isNull ? null : Encoding.UTF8.GetString(value);
        }

        public int Int32() => NullableInt32() ?? throw Malformed("NOT NULL number");

        public int? NullableInt32()
        {
            var end = _rest.IndexOf((byte)';');
            if (end < 0)
            {
                throw Malformed("number");
            }

            var digits = _rest[..end];
            _rest = _rest[(end + 1)..];
            if (digits.IsEmpty)
            {
                return null;
            }

            return Utf8Parser.TryParse(digits, out int number, out var used) && used == digits.Length ? number : throw Malformed("number");
        }

        public readonly string Rest() => Encoding.UTF8.GetString(_rest);

        private ReadOnlySpan<byte> Next(out bool isNull)
        {
            var colon = _rest.IndexOf((byte)':');
            if (colon < 0)
            {
                throw Malformed("field length");
            }

            isNull = colon == 0;
            var length = 0;
            if (!isNull && (!Utf8Parser.TryParse(_rest[..colon], out length, out var used) || used != colon || length < 0 || length > _rest.Length - colon - 1))
            {
                throw Malformed("field length");
            }

            var value = _rest.Slice(colon + 1, length);
            _rest = _rest[(colon + 1 + length)..];
            return value;
        }
    }
}
