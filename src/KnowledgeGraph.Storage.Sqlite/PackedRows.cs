using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Model;
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
/// where each value ends, whatever it holds (colons, semicolons, digits, quotes, NUL, any script). A column the page's
/// condition fixes (a speaker's page: its speaker and stance; a claim's or an article's page: its parent) is not packed,
/// and the joined claim's id, which is the statement's claim id, is a mark (<c>1;</c> found, <c>;</c> not): on a speaker's
/// page of twenty that is sixty texts fewer for SQLite to measure and join and for .NET to decode (about an eighth of
/// the page read's CPU, measured on the 600k store).</para>
/// <para>The lengths come from <c>octet_length</c>, which counts bytes in the database's encoding: only a UTF-8 store
/// (every store this code creates) is read packed; the store reads a UTF-16 file column by column (<see cref="SqliteRows"/>).</para>
/// </remarks>
internal static class PackedRows
{
    /// <summary>Name of the packed column.</summary>
    public const string Column = "packed";

    // Text fields by name, numbers with a leading '#' (read with Fields.Int32 / NullableInt32). The joined claim's id is the
    // statement's claim_id (the join's condition): the row carries only a mark whether the claim was found.
    private const string ClaimFound = "@iif(c.n IS NULL, ';', '1;')";
    private static readonly string[] ClaimFields = [ClaimFound, "c.text", "#c.said_count", "#c.denied_count", "#c.corroboration", "c.first_reported"];
    private const string ReportedBy = "(SELECT json_group_array(r.entity_id) FROM statement_reporter r WHERE r.statement_id = s.id)";

    /// <summary>
    /// The packed statement (<c>statement s</c>) of a page of <paramref name="link"/>, with its claim (<c>LEFT JOIN claim c</c>)
    /// when <paramref name="withClaim"/>, as one column. The columns the page's condition fixes (<see cref="Fixed"/>) are left
    /// out: <see cref="Read(SqliteDataReader, LinkKind, string, bool)"/> takes them from the parent.
    /// </summary>
    public static string StatementSelect(LinkKind link, bool withClaim) => Selects[(Fixed(link), withClaim)];

    private static readonly Dictionary<(FixedColumns, bool), string> Selects =
        (from link in Enum.GetValues<LinkKind>()
         let fix = Fixed(link)
         from withClaim in new[] { false, true }
         group (fix, withClaim) by (fix, withClaim)).ToDictionary(g => g.Key, g => Pack([.. StatementFields(g.Key.fix), .. g.Key.withClaim ? ClaimFields : []]));

    private static IEnumerable<string> StatementFields(FixedColumns fix)
    {
        yield return "s.id";
        if (!fix.Speaker)
        {
            yield return "s.speaker_id";
        }

        if (!fix.Stance)
        {
            yield return "s.stance";
        }

        if (!fix.Claim)
        {
            yield return "s.claim_id";
        }

        if (!fix.Article)
        {
            yield return "s.article_id";
        }

        foreach (var field in new[] { "s.evidence", "#s.start", "#s.\"end\"", "s.date", "s.rule" })
        {
            yield return field;
        }
    }

    private static string Pack(IEnumerable<string> fields) =>
        $"concat({string.Join(", ", fields.Select(f => f[0] switch { '#' => $"{f[1..]}, ';'", '@' => f[1..], _ => $"octet_length({f}), ':', {f}" }))}, {ReportedBy}) AS {Column}";

    /// <summary>
    /// The columns a page of <paramref name="link"/> fixes, so that they need not be packed: a speaker's said or denied page
    /// (<c>s.speaker_id = parent AND s.stance = …</c>) its speaker and stance, a claim's page its claim, an article's page its
    /// article. SQLite compares text byte by byte (the columns have no collation), so a fixed column holds the parent as given.
    /// </summary>
    internal static FixedColumns Fixed(LinkKind link) => link switch
    {
        LinkKind.Said or LinkKind.Denied => new(Speaker: true, Stance: true, Claim: false, Article: false),
        LinkKind.ClaimStatements => new(Speaker: false, Stance: false, Claim: true, Article: false),
        LinkKind.ArticleStatements => new(Speaker: false, Stance: false, Claim: false, Article: true),
        _ => default,
    };

    /// <summary>
    /// The statement of the reader's current row (column 0, <see cref="StatementSelect"/>) on a page of <paramref name="link"/>
    /// under <paramref name="parent"/>, and its claim when the row joins one (null when it has none).
    /// </summary>
    public static (StatementRecord Statement, ClaimRecord? Claim) Read(SqliteDataReader reader, LinkKind link, string parent, bool withClaim)
    {
        var row = SQLitePCL.raw.sqlite3_column_blob(reader.Handle, 0);
        return Parse(row, withClaim, link, parent);
    }

    /// <summary>
    /// Parses one packed row (<see cref="StatementSelect"/>) of a page of <paramref name="link"/> under <paramref name="parent"/>
    /// (every statement field packed when no link is given); throws <see cref="InvalidOperationException"/> on a malformed value.
    /// </summary>
    public static (StatementRecord Statement, ClaimRecord? Claim) Parse(ReadOnlySpan<byte> row, bool withClaim, LinkKind? link = null, string? parent = null)
    {
        var fix = link is { } l ? Fixed(l) : default;
        if ((fix.Speaker || fix.Claim || fix.Article) && parent is null)
        {
            throw new ArgumentNullException(nameof(parent), $"A page of {link} fixes its parent's column: give the parent.");
        }

        var fields = new Fields(row);
        var id = fields.Text();
        var speaker = fix.Speaker ? parent! : fields.Text();
        var stance = fix.Stance ? (link == LinkKind.Denied ? Stance.Denied : Stance.Said) : fields.Stance();
        var claimId = fix.Claim ? parent! : fields.Text();
        var article = fix.Article ? parent! : fields.Text();
        var evidence = fields.Text();
        var start = fields.Int32();
        var end = fields.Int32();
        var date = fields.NullableText();
        var rule = fields.NullableText();
        ClaimRecord? claim = null;
        if (withClaim)
        {
            var found = fields.NullableInt32();
            var text = fields.NullableText();
            var said = fields.NullableInt32();
            var denied = fields.NullableInt32();
            var corroboration = fields.NullableInt32();
            var firstReported = fields.NullableText();
            if (found is not null)
            {
                claim = new ClaimRecord(claimId, text ?? throw Malformed("claim text"), said ?? throw Malformed("said_count"), denied ?? throw Malformed("denied_count"),
                    corroboration ?? throw Malformed("corroboration"), firstReported);
            }
        }

        var reportedBy = fields.Strings();
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

        // The stance as SqliteRows.ParseStance reads it, without a string.
        public Stance Stance() => Next(out var isNull) is var value && !isNull ? (value.SequenceEqual("denied"u8) ? Model.Stance.Denied : Model.Stance.Said) : throw Malformed("NOT NULL column");

        // The rest, a JSON array of ids (SqliteRows.Strings): most statements name no intermediary.
        public readonly IReadOnlyList<string> Strings() => _rest.SequenceEqual("[]"u8) ? [] : JsonSerializer.Deserialize<string[]>(_rest) ?? [];

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
