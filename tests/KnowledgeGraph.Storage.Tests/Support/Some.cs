using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Tests.Support;

/// <summary>
/// Synthetic documents for store tests: invented people, institutions and places. The corpus is small but shaped so
/// that every port method has something to find: one claim reported by three articles and contested, an intermediary,
/// memberships, a publisher that is already an entity and two that are not, and a disconnected fourth article.
/// </summary>
public static class Some
{
    public const string Carter = "person:john-carter";
    public const string Lopez = "person:ana-lopez";
    public const string Svensson = "person:maria-svensson";
    public const string LoneVoice = "person:lone-voice";
    public const string Ruritania = "place:ruritania";
    public const string Freedonia = "place:freedonia";
    public const string DistantIsle = "place:distant-isle";
    public const string FederalCouncil = "institution:federal-council";
    public const string Ministry = "institution:ministry-of-foreign-affairs";
    public const string DailyLedger = "institution:the-daily-ledger";
    public const string EveningCourier = "institution:evening-courier";
    public const string HarborPost = "institution:harbor-post";

    public const string Talks = "claim:talks-are-under-way";
    public const string Border = "claim:northern-border-will-reopen";
    public const string Budget = "claim:ministry-budget-was-cut";
    public const string Harbour = "claim:island-has-a-new-harbour";

    public const string TalksText = "Ruritania and Freedonia are holding talks";
    public const string BorderText = "The northern border will reopen in March";
    public const string BudgetText = "The ministry budget was cut";
    public const string HarbourText = "The island has a new harbour";

    public const string A1 = "article:a1";
    public const string A2 = "article:a2";
    public const string A3 = "article:a3";
    public const string A4 = "article:a4";

    /// <summary>Four articles: a1 (The Daily Ledger, 2026-01-10), a2 (Evening Courier, 01-12), a3 (Harbor Post, 01-15), a4 (no publisher, 02-01).</summary>
    public static IReadOnlyList<ExtractedDocument> Corpus() => [FirstArticle(), SecondArticle(), ThirdArticle(), IslandArticle()];

    /// <summary>Expected totals of <see cref="Corpus"/> (the Evening Courier and Harbor Post institutions come from publishers).</summary>
    public static GraphCounts CorpusCounts { get; } = new(Articles: 4, Entities: 12, Claims: 4, Statements: 6, People: 4, Institutions: 5, Places: 3);

    public static ExtractedDocument FirstArticle() => Document(
        A1, "a1.txt", "Leaders trade words over talks", "The Daily Ledger", "2026-01-10",
        [
            Entity(Carter, EntityKind.Person, "John Carter", ["Carter", "President Carter"]) with
            {
                Role = "President",
                Country = "Freedonia",
                Memberships = [new Membership(Membership.Leads, FederalCouncil, "President")],
            },
            Entity(Lopez, EntityKind.Person, "Ana López", ["López"]),
            Entity(Ruritania, EntityKind.Place, "Ruritania", []),
            Entity(Freedonia, EntityKind.Place, "Freedonia", []),
            Entity(FederalCouncil, EntityKind.Institution, "Federal Council", []),
            Entity(DailyLedger, EntityKind.Institution, "The Daily Ledger", ["Daily Ledger"]),
        ],
        Statement(Carter, Stance.Said, Talks, TalksText, "Carter told reporters that quiet talks with Ruritania had started", [], [Ruritania, Freedonia]),
        Statement(Lopez, Stance.Said, Border, BorderText, "López said the northern border would reopen in March", [], [Ruritania]));

    public static ExtractedDocument SecondArticle() => Document(
        A2, "a2.txt", "Minister rejects reports of negotiations", "Evening Courier", "2026-01-12",
        [
            Entity(Lopez, EntityKind.Person, "Ana López", ["A. López"]) with
            {
                Role = "Foreign Minister",
                Country = "Ruritania",
                Memberships = [new Membership(Membership.MemberOf, Ministry, "Foreign Minister")],
            },
            Entity(Ministry, EntityKind.Institution, "Ministry of Foreign Affairs", ["MFA"]),
            Entity(Ruritania, EntityKind.Place, "Ruritania", []),
            Entity(Freedonia, EntityKind.Place, "Freedonia", []),
        ],
        Statement(Lopez, Stance.Denied, Talks, TalksText, "the minister flatly rejected any talk of negotiations with Freedonia", [], [Freedonia]));

    public static ExtractedDocument ThirdArticle() => Document(
        A3, "a3.txt", "Budget row deepens", "Harbor Post", "2026-01-15",
        [
            Entity(Lopez, EntityKind.Person, "Ana López", ["López"]) with { Role = "Minister" },
            Entity(Carter, EntityKind.Person, "John Carter", ["Carter"]),
            Entity(Svensson, EntityKind.Person, "María Svensson", ["Svensson"]) with { Role = "journalist" },
            Entity(Ruritania, EntityKind.Place, "Ruritania", []),
        ],
        Statement(Lopez, Stance.Denied, Talks, TalksText, "López again denied, according to María Svensson, that any talks exist", [Svensson], [Ruritania, Freedonia]),
        Statement(Carter, Stance.Denied, Budget, BudgetText, "Carter insisted the ministry budget had not been cut, Svensson reported", [Svensson], [Ministry]));

    /// <summary>
    /// A new version of <see cref="ThirdArticle"/> (same id and file, dated 01-20): Lopez's denial without its intermediary,
    /// Svensson now saying the talks claim, the budget statement and Carter gone.
    /// </summary>
    public static ExtractedDocument CorrectedThirdArticle() => Document(
        A3, "a3.txt", "Budget row deepens", "Harbor Post", "2026-01-20",
        [
            Entity(Lopez, EntityKind.Person, "Ana López", ["López"]) with { Role = "Minister" },
            Entity(Svensson, EntityKind.Person, "María Svensson", ["Svensson"]) with { Role = "journalist" },
            Entity(Ruritania, EntityKind.Place, "Ruritania", []),
        ],
        Statement(Lopez, Stance.Denied, Talks, TalksText, "López again denied, according to María Svensson, that any talks exist", [], [Ruritania, Freedonia]),
        Statement(Svensson, Stance.Said, Talks, TalksText, "Svensson wrote that the talks had been under way for weeks", [], [Ruritania]));

    public static ExtractedDocument IslandArticle() => Document(
        A4, "a4.txt", "A quiet island", null, "2026-02-01",
        [
            Entity(LoneVoice, EntityKind.Person, "Lone Voice", []),
            Entity(DistantIsle, EntityKind.Place, "Distant Isle", []),
        ],
        Statement(LoneVoice, Stance.Said, Harbour, HarbourText, "a resident said the harbour on the island was finished last week", [], [DistantIsle]));

    /// <summary>A valid fifth article that shares nothing with the corpus.</summary>
    public static ExtractedDocument UnrelatedArticle(string id = "article:a5") => Document(
        id, "a5.txt", "Weather report", "Morning Star", "2026-03-01",
        [Entity("person:rain-maker", EntityKind.Person, "Rain Maker", [])],
        Statement("person:rain-maker", Stance.Said, "claim:rain-is-coming", "Rain is coming", "the forecaster said rain is coming", [], []));

    /// <summary>A document whose statement ends before it starts: every store must reject it.</summary>
    public static ExtractedDocument BrokenArticle()
    {
        var document = UnrelatedArticle("article:broken");
        var statement = document.Statements[0];
        return document with
        {
            Source = document.Source with { File = "broken.txt" },
            Statements = [statement with { Start = statement.End, End = statement.Start }],
        };
    }

    /// <summary>
    /// A generated batch: <paramref name="documents"/> articles with <paramref name="statementsPerDocument"/> statements each,
    /// spread over a few hundred speakers and claims so that claims repeat across articles.
    /// </summary>
    public static IReadOnlyList<ExtractedDocument> ManyDocuments(int documents, int statementsPerDocument)
    {
        var result = new List<ExtractedDocument>(documents);
        for (var d = 0; d < documents; d++)
        {
            var drafts = new List<StatementDraft>(statementsPerDocument);
            var entities = new Dictionary<string, ExtractedEntity>();
            for (var i = 0; i < statementsPerDocument; i++)
            {
                var speaker = $"person:speaker-{(d * 7 + i) % 300}";
                var claim = (d * 13 + i) % 500;
                entities[speaker] = Entity(speaker, EntityKind.Person, $"Speaker {(d * 7 + i) % 300}", []);
                drafts.Add(Statement(speaker, i % 3 == 0 ? Stance.Denied : Stance.Said, $"claim:generated-{claim}", $"Generated claim number {claim}",
                    $"speaker {(d * 7 + i) % 300} commented on topic{claim} in statement {i}", [], []));
            }

            result.Add(Document($"article:generated-{d}", $"generated-{d}.txt", $"Generated {d}", $"Outlet {d % 5}", $"2026-03-{d % 28 + 1:00}", [.. entities.Values], [.. drafts]));
        }

        return result;
    }

    public static ExtractedEntity Entity(string id, EntityKind kind, string name, IReadOnlyList<string> aliases) =>
        new(id, kind, name, aliases);

    public static StatementDraft Statement(
        string speakerId, Stance stance, string claimId, string claim, string evidence, IReadOnlyList<string> reportedBy, IReadOnlyList<string> about) =>
        new(speakerId, stance, claimId, claim, evidence, reportedBy, about);

    /// <summary>Builds a document whose text holds every evidence, so that offsets index the text as the contract says.</summary>
    public static ExtractedDocument Document(
        string id, string file, string? title, string? publisher, string? publishedAt, IReadOnlyList<ExtractedEntity> entities, params StatementDraft[] drafts)
    {
        var text = new StringBuilder();
        text.Append(title ?? file).Append("\n\n");
        var statements = new List<ExtractedStatement>();
        foreach (var draft in drafts)
        {
            text.Append("In other news, ");
            var start = text.Length;
            text.Append(draft.Evidence);
            statements.Add(new ExtractedStatement(
                draft.SpeakerId, draft.Stance, draft.ClaimId, draft.Claim, draft.Evidence, start, text.Length, draft.ReportedBy, draft.About));
            text.Append(".\n");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        var source = new SourceInfo(id, file, title, publisher, null, publishedAt, null) { ContentHash = hash };
        return new ExtractedDocument(source, entities, statements);
    }
}
