using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The <c>$rows</c> parameters of <c>cypher/load-documents.cypher</c>, built from one batch: deduplicated by id
/// (aliases of an entity seen in several documents are unioned here and again against the store in Cypher),
/// with the folded copies Cypher cannot compute. Property names serialise camelCase, as the Cypher reads them.
/// </summary>
internal sealed class UpsertRows
{
    public List<ArticleRow> Articles { get; } = [];
    public List<EntityRow> Entities { get; } = [];
    public List<MembershipRow> Memberships { get; } = [];
    public List<ClaimRow> Claims { get; } = [];
    public List<StatementRow> Statements { get; } = [];
    public List<LinkRow> ReportedBy { get; } = [];
    public List<AboutRow> About { get; } = [];
    public List<MentionRow> Mentions { get; } = [];
    public List<PublishedRow> PublishedBy { get; } = [];

    /// <summary>Referenced entities the batch does not declare, whose ids name their kind: stored as stubs named after the id.</summary>
    public List<StubRow> Stubs { get; } = [];

    /// <summary>Referenced ids the batch does not declare and that do not name a kind: they must already be stored.</summary>
    public List<(string Id, string Where)> Unresolved { get; } = [];

    /// <param name="documents">The documents to write (one per article: the replace plan has chosen them).</param>
    /// <param name="fingerprints">Each document's <see cref="DocumentFingerprint"/>, by position; null computes them.</param>
    public static UpsertRows Build(IReadOnlyList<ExtractedDocument> documents, IReadOnlyList<string>? fingerprints = null)
    {
        var rows = new UpsertRows();
        var entities = new Dictionary<string, EntityRow>(StringComparer.Ordinal);
        var claims = new HashSet<string>(StringComparer.Ordinal);
        var statements = new HashSet<string>(StringComparer.Ordinal);
        var articles = new HashSet<string>(StringComparer.Ordinal);
        var references = new List<(string Id, string Where)>();
        for (var i = 0; i < documents.Count; i++)
        {
            var doc = documents[i] ?? throw new ArgumentException($"Document {i + 1} of the batch is null.");
            var source = doc.Source;
            var where = $"Document {i + 1} ({source.File})";
            if (string.IsNullOrWhiteSpace(source.Id))
            {
                throw new ArgumentException($"{where}: source.id is empty; nothing from this batch was stored.");
            }

            if (articles.Add(source.Id))
            {
                // Blank values are absent, so that a reload keeps what is stored (merge-articles coalesces), as in SQLite.
                rows.Articles.Add(new ArticleRow(source.Id, source.File ?? "", Blank(source.Title), Blank(source.Publisher), TextFold.KeyOrNull(source.Publisher),
                    Blank(source.Url), Blank(source.PublishedAt), Blank(source.Author), source.ContentHash ?? "",
                    fingerprints?[i] ?? DocumentFingerprint.Of(doc)));
                if (!string.IsNullOrWhiteSpace(source.Publisher))
                {
                    // A publisher without letters or digits names nothing.
                    var publisher = source.Publisher.Trim();
                    var slug = TextFold.Slug(publisher);
                    if (slug.Length > 0)
                    {
                        rows.PublishedBy.Add(new PublishedRow(source.Id, publisher, TextFold.Key(publisher), "institution:" + slug));
                    }
                }
            }

            foreach (var entity in doc.Entities)
            {
                if (string.IsNullOrWhiteSpace(entity.Id) || string.IsNullOrWhiteSpace(entity.Name))
                {
                    throw new ArgumentException($"{where}: an entity has an empty id or name ('{entity.Id}', '{entity.Name}'); nothing from this batch was stored.");
                }

                if (entities.TryGetValue(entity.Id, out var seen))
                {
                    entities[entity.Id] = seen with
                    {
                        Aliases = [.. seen.Aliases.Union(entity.Aliases, StringComparer.Ordinal)],
                        AliasesFold = [.. seen.AliasesFold.Union(entity.Aliases.Select(TextFold.Key), StringComparer.Ordinal)],
                        // The first stated role and country win, as in the store.
                        Role = seen.Role ?? entity.Role,
                        Country = seen.Country ?? entity.Country,
                    };
                }
                else
                {
                    entities[entity.Id] = new EntityRow(entity.Id, entity.Kind.ToString(), entity.Name, TextFold.Key(entity.Name),
                        [.. entity.Aliases.Distinct(StringComparer.Ordinal)], [.. entity.Aliases.Select(TextFold.Key).Distinct(StringComparer.Ordinal)],
                        entity.Role, entity.Country);
                }

                rows.Mentions.Add(new MentionRow(source.Id, entity.Id));
                foreach (var m in entity.Memberships)
                {
                    if (m.Relation is not (Membership.MemberOf or Membership.Leads))
                    {
                        throw new ArgumentException($"{where}: entity {entity.Id} has a membership of kind '{m.Relation}'; expected MEMBER_OF or LEADS. Nothing from this batch was stored.");
                    }

                    rows.Memberships.Add(new MembershipRow(entity.Id, m.Relation, m.InstitutionId, m.Role));
                    references.Add((m.InstitutionId, $"{where}, membership of {entity.Id}"));
                }
            }

            foreach (var s in doc.Statements)
            {
                if (string.IsNullOrWhiteSpace(s.ClaimId) || string.IsNullOrWhiteSpace(s.SpeakerId))
                {
                    throw new ArgumentException($"{where}: a statement has an empty claimId or speakerId; nothing from this batch was stored.");
                }

                if (s.Start < 0 || s.End < s.Start)
                {
                    throw new ArgumentException($"{where}: the statement of claim '{s.ClaimId}' has start {s.Start} and end {s.End}; start must be zero or more and not after end. Nothing from this batch was stored.");
                }

                if (claims.Add(s.ClaimId))
                {
                    rows.Claims.Add(new ClaimRow(s.ClaimId, s.Claim, TextFold.Key(s.Claim)));
                }

                var id = StatementIds.For(s.SpeakerId, s.Stance, s.ClaimId, source.Id, s.Start);
                if (statements.Add(id))
                {
                    rows.Statements.Add(new StatementRow(id, s.SpeakerId, s.Stance == Stance.Denied ? "DENIED" : "SAID", s.ClaimId, source.Id,
                        s.Evidence, TextFold.Key(s.Evidence), s.Start, s.End, Blank(source.PublishedAt), [.. s.ReportedBy.Distinct(StringComparer.Ordinal)], Blank(s.Rule)));
                }

                references.Add((s.SpeakerId, $"{where}, speaker"));
                references.AddRange(s.ReportedBy.Select(r => (r, $"{where}, reportedBy")));
                references.AddRange(s.About.Select(a => (a, $"{where}, about")));
                rows.ReportedBy.Add(new LinkRow(s.ClaimId, source.Id));
                rows.ReportedBy.AddRange(s.ReportedBy.Select(r => new LinkRow(s.ClaimId, r)));
                rows.About.AddRange(s.About.Select(a => new AboutRow(s.ClaimId, a)));
            }
        }

        rows.Entities.AddRange(entities.Values);
        foreach (var (id, where) in references.DistinctBy(r => r.Id))
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new ArgumentException($"{where}: an entity reference is empty; nothing from this batch was stored.");
            }

            if (!entities.ContainsKey(id))
            {
                if (Stub(id) is { } stub)
                {
                    rows.Stubs.Add(stub);
                }
                else
                {
                    rows.Unresolved.Add((id, where));
                }
            }
        }

        return rows;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A stub for an id that names its kind (<c>person:jane-doe</c> → Person "Jane Doe"); null otherwise.</summary>
    private static StubRow? Stub(string id)
    {
        var parts = id.Split(':', 2);
        if (parts.Length < 2 || parts[1].Length == 0 || parts[0] is not ("person" or "institution" or "place"))
        {
            return null;
        }

        var name = System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(parts[1].Replace('-', ' '));
        var kind = parts[0] switch { "person" => "Person", "institution" => "Institution", _ => "Place" };
        return new StubRow(id, kind, name, TextFold.Key(name));
    }

    internal sealed record ArticleRow(string Id, string File, string? Title, string? Publisher, string? PublisherFold, string? Url, string? PublishedAt, string? Author, string ContentHash, string Fingerprint);

    internal sealed record EntityRow(string Id, string Kind, string Name, string NameFold, IReadOnlyList<string> Aliases, IReadOnlyList<string> AliasesFold, string? Role, string? Country);

    internal sealed record MembershipRow(string PersonId, string Relation, string InstitutionId, string? Role);

    internal sealed record ClaimRow(string Id, string Text, string TextFold);

    internal sealed record StatementRow(string Id, string SpeakerId, string Stance, string ClaimId, string ArticleId, string Evidence, string EvidenceFold, int Start, int End, string? Date, IReadOnlyList<string> ReportedBy, string? Rule);

    internal sealed record StubRow(string Id, string Kind, string Name, string NameFold);

    internal sealed record LinkRow(string ClaimId, string TargetId);

    internal sealed record AboutRow(string ClaimId, string EntityId);

    internal sealed record MentionRow(string ArticleId, string EntityId);

    internal sealed record PublishedRow(string ArticleId, string Publisher, string PublisherFold, string InstitutionId);
}
