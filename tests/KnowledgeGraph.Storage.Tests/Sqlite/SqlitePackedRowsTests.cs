using System.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>
/// Statement pages read a row as one value SQLite packs (<see cref="PackedRows"/>): every value must come back as the
/// column-by-column reading gives it, whatever it holds, and a store whose text is not UTF-8 must still read right.
/// </summary>
public sealed class SqlitePackedRowsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_packed_row_reads_as_the_same_records_as_its_columns_for_every_page_of_the_corpus()
    {
        var path = _folder.File("store.db");
        await using (var store = new SqliteGraphStore(path))
        {
            await store.UpsertAsync([.. Some.Corpus(), NulArticle()], Ct);
        }

        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Ct);
        var compared = 0;
        foreach (var kind in new[] { LinkKind.Said, LinkKind.Denied, LinkKind.ClaimStatements, LinkKind.ArticleStatements })
        {
            foreach (var parent in await ParentsAsync(connection, kind))
            {
                foreach (var withClaims in new[] { false, true })
                {
                    var columns = await ReadAsync(connection, SqliteGraphStore.StatementPageSql(kind, withClaims, packed: false)!, parent,
                        r => (Statement: Describe(SqliteRows.Statement(r)), Claim: withClaims ? SqliteRows.JoinedClaim(r) : null));
                    var packed = await ReadAsync(connection, SqliteGraphStore.StatementPageSql(kind, withClaims, packed: true)!, parent,
                        r => PackedRows.Read(r, kind, parent, withClaims) is var (statement, claim) ? (Statement: Describe(statement), Claim: claim) : default);

                    Assert.Equal(columns, packed);
                    compared += columns.Count;
                }
            }
        }

        Assert.True(compared > 20, $"Only {compared} rows compared.");
    }

    [Fact]
    public async Task A_NUL_character_inside_evidence_survives_the_packed_read()
    {
        await using var store = new SqliteGraphStore(_folder.File("store.db"));
        await store.UpsertAsync([NulArticle()], Ct);

        var page = await store.GetStatementPagesWithClaimsAsync(LinkKind.Said, ["person:nul-speaker"], PageRequest.First(5), Ct);

        Assert.Equal("before\0after: 4:x", Assert.Single(page.Pages["person:nul-speaker"]).Evidence);
        Assert.Equal("Nul\0claim", Assert.Single(page.Claims.Values).Text);
    }

    [Fact]
    public async Task A_store_whose_text_is_UTF16_reads_its_pages_right()
    {
        // octet_length counts bytes in the file's encoding: a UTF-16 store must not be read packed.
        var path = _folder.File("utf16.db");
        await using (var raw = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await raw.OpenAsync(Ct);
            await using var command = raw.CreateCommand();
            command.CommandText = "PRAGMA encoding = 'UTF-16le'; CREATE TABLE t(x); DROP TABLE t; VACUUM";
            await command.ExecuteNonQueryAsync(Ct);
            command.CommandText = "PRAGMA encoding";
            Assert.Equal("UTF-16le", await command.ExecuteScalarAsync(Ct));
        }

        await using var store = new SqliteGraphStore(path);
        await store.UpsertAsync([.. Some.Corpus(), NulArticle()], Ct);

        foreach (var (kind, parent) in new[] { (LinkKind.Denied, Some.Lopez), (LinkKind.ArticleStatements, Some.A3), (LinkKind.Said, "person:nul-speaker") })
        {
            var read = await store.GetStatementPagesWithClaimsAsync(kind, [parent], PageRequest.First(10), Ct);
            var records = read.Pages[parent];
            var byId = (await store.GetStatementsAsync([.. records.Select(r => r.Id)], Ct)).ToDictionary(s => s.Id);
            Assert.All(records, r => Assert.Equal(Describe(byId[r.Id]), Describe(r)));
            Assert.Equal((await store.GetClaimsAsync([.. read.Claims.Keys], Ct)).OrderBy(c => c.Id, StringComparer.Ordinal), read.Claims.Values.OrderBy(c => c.Id, StringComparer.Ordinal));
        }

        Assert.Contains("López again denied", Assert.Single((await store.GetStatementPagesAsync(LinkKind.Denied, [Some.Lopez], new PageRequest(1, 1), Ct))[Some.Lopez]).Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_statement_whose_claim_row_is_gone_reads_without_a_claim_and_keeps_its_numbers()
    {
        // Its joined claim columns are all NULL: text fields as bare ':' and numbers as bare ';'.
        var path = _folder.File("store.db");
        await using (var store = new SqliteGraphStore(path))
        {
            await store.UpsertAsync(Some.Corpus(), Ct);
        }

        await using (var raw = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await raw.OpenAsync(Ct);
            await using var command = raw.CreateCommand();
            command.CommandText = $"DELETE FROM claim WHERE id = '{Some.Budget}'";
            Assert.Equal(1, await command.ExecuteNonQueryAsync(Ct));
        }

        await using var reopened = new SqliteGraphStore(path);
        var read = await reopened.GetStatementPagesWithClaimsAsync(LinkKind.ArticleStatements, [Some.A3], PageRequest.First(10), Ct);

        var statements = read.Pages[Some.A3];
        Assert.Equal(2, statements.Count);
        var orphan = Assert.Single(statements, s => s.ClaimId == Some.Budget);
        Assert.Equal((Some.Carter, Stance.Denied, "2026-01-15"), (orphan.SpeakerId, orphan.Stance, orphan.Date));
        Assert.Equal([Some.Svensson], orphan.ReportedBy);
        Assert.True(orphan.End > orphan.Start && orphan.Start > 0);
        Assert.Equal([Some.Talks], read.Claims.Keys);
        var byId = (await reopened.GetStatementsAsync([.. statements.Select(s => s.Id)], Ct)).ToDictionary(s => s.Id);
        Assert.All(statements, s => Assert.Equal(Describe(byId[s.Id]), Describe(s)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2:id")]
    [InlineData("x:id")]
    [InlineData("99:too long")]
    [InlineData("-1:")]
    [InlineData("1:s4:p:id4:said1:c1:a0:10:205;:6:rule;1[]")]
    [InlineData("1:s4:p:id4:said1:c1:a0:1x;205;:6:rule;1[]")]
    [InlineData("1:s4:p:id4:said1:c1:a0:10;205")]
    public void A_malformed_packed_value_fails_instead_of_shifting_fields(string row)
    {
        Assert.Throws<InvalidOperationException>(() => PackedRows.Parse(Encoding.UTF8.GetBytes(row), withClaim: false));
    }

    [Fact]
    public void A_bare_colon_is_null_a_zero_length_the_empty_string_and_numbers_end_at_a_semicolon()
    {
        var row = "1:s4:p:id4:said1:c1:a0:10;205;:6:rule;1[]";

        var (statement, claim) = PackedRows.Parse(Encoding.UTF8.GetBytes(row), withClaim: false);

        Assert.Equal(Describe(new StatementRecord("s", "p:id", Stance.Said, "c", "a", "", 10, 205, null, []) { Rule = "rule;1" }), Describe(statement));
        Assert.Equal("", statement.Evidence);
        Assert.Null(statement.Date);
        Assert.Null(claim);
        // The same value read as if it carried a claim runs out of fields.
        Assert.Throws<InvalidOperationException>(() => PackedRows.Parse(Encoding.UTF8.GetBytes(row), withClaim: true));
    }

    private static ExtractedDocument NulArticle() => Some.Document("article:nul", "nul.txt", "Nul", "Nul Gazette", "2026-04-01",
        [Some.Entity("person:nul-speaker", EntityKind.Person, "Nul Speaker", [])],
        Some.Statement("person:nul-speaker", Stance.Said, "claim:nul", "Nul\0claim", "before\0after: 4:x", [], []));

    private static async Task<List<string>> ParentsAsync(SqliteConnection connection, LinkKind kind)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = kind switch
        {
            LinkKind.ClaimStatements => "SELECT DISTINCT claim_id FROM statement",
            LinkKind.ArticleStatements => "SELECT DISTINCT article_id FROM statement",
            _ => "SELECT DISTINCT speaker_id FROM statement",
        };
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var parents = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            parents.Add(reader.GetString(0));
        }

        return parents;
    }

    private static async Task<List<T>> ReadAsync<T>(SqliteConnection connection, string sql, string parent, Func<SqliteDataReader, T> map)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$p0", parent);
        command.Parameters.AddWithValue("$p1", 100);
        command.Parameters.AddWithValue("$p2", 0);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(Ct))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static string Describe(StatementRecord s) => $"{s with { ReportedBy = [] }} [{string.Join(",", s.ReportedBy)}]";
}
