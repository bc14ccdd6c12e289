using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// A deterministic synthetic news graph: skewed speakers and claims (a few hubs, a long tail), places and institutions
/// as subjects, occasional intermediaries, memberships and publishers. With the defaults it holds about one million
/// relationships.
/// </summary>
internal static class SqliteSyntheticGraph
{
    public const int People = 20_000;
    public const int Institutions = 2_000;
    public const int Places = 500;
    public const int Claims = 100_000;
    public const int Journalists = 200;

    private static readonly string[] Words =
    [
        "border", "talks", "budget", "minister", "harbour", "election", "tariff", "embassy", "ceasefire", "sanctions",
        "pipeline", "reform", "protest", "treaty", "summit", "inflation", "drought", "vaccine", "strike", "court",
        "bridge", "airport", "railway", "fishing", "mining", "oil", "grain", "coffee", "tourism", "pension",
    ];

    /// <summary>Articles <paramref name="first"/> … first+count-1, each with <paramref name="statementsPerArticle"/> statements.</summary>
    public static List<ExtractedDocument> Documents(int first, int count, int statementsPerArticle)
    {
        var documents = new List<ExtractedDocument>(count);
        for (var a = first; a < first + count; a++)
        {
            documents.Add(Article(a, statementsPerArticle));
        }

        return documents;
    }

    /// <summary>Builds the graph file once (about a minute) and reuses it on later runs.</summary>
    public static async Task<string> EnsureAsync(int articles = 18_000, int statementsPerArticle = 12)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kg-bench-graph-{articles}x{statementsPerArticle}-v{SqliteGraphStore.SchemaVersion}.db");
        if (File.Exists(path))
        {
            return path;
        }

        var building = path + ".building";
        File.Delete(building);
        await using (var store = new SqliteGraphStore(building))
        {
            for (var first = 0; first < articles; first += 1_000)
            {
                await store.UpsertAsync(Documents(first, Math.Min(1_000, articles - first), statementsPerArticle));
            }
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Move(building, path);
        return path;
    }

    /// <summary>Writes a store of <paramref name="articles"/> synthetic articles at <paramref name="path"/>, printing progress; an existing file is refused.</summary>
    public static async Task BuildAsync(string path, int articles, int statementsPerArticle)
    {
        if (File.Exists(path))
        {
            throw new IOException($"{path} exists already; remove it or choose another path.");
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var store = new SqliteGraphStore(path);
        for (var first = 0; first < articles; first += 1_000)
        {
            await store.UpsertAsync(Documents(first, Math.Min(1_000, articles - first), statementsPerArticle));
            if ((first / 1_000) % 50 == 49 || first + 1_000 >= articles)
            {
                Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{Math.Min(first + 1_000, articles)} of {articles} articles after {clock.Elapsed.TotalSeconds:0} s"));
            }
        }
    }

    public static string PersonId(int i) => $"person:person-{i}";

    public static string ClaimId(int i) => $"claim:generated-{i}";

    /// <summary>Skewed pick in [0, n): small indexes are far more likely (hubs), like real news coverage.</summary>
    public static int Skewed(Random random, int n, double power) => (int)(n * Math.Pow(random.NextDouble(), power));

    private static ExtractedDocument Article(int a, int statementsPerArticle)
    {
        var random = new Random(17 + a);
        var entities = new Dictionary<string, ExtractedEntity>(StringComparer.Ordinal);
        var statements = new List<ExtractedStatement>(statementsPerArticle);
        for (var s = 0; s < statementsPerArticle; s++)
        {
            var person = Skewed(random, People, 2.0);
            var claim = Skewed(random, Claims, 1.5);
            var subject = random.Next(2) == 0 ? Place(Skewed(random, Places, 2.0)) : Institution(Skewed(random, Institutions, 2.0));
            var speaker = Person(person);
            entities[speaker.Id] = speaker;
            entities[subject.Id] = subject;
            IReadOnlyList<string> reportedBy = [];
            if (random.Next(10) == 0)
            {
                var j = random.Next(Journalists);
                var journalist = new ExtractedEntity($"person:journalist-{j}", EntityKind.Person, $"Journalist {j}", []);
                entities[journalist.Id] = journalist;
                reportedBy = [journalist.Id];
            }

            var topic = Words[claim % Words.Length];
            var evidence = $"{speaker.Name} said the {topic} {Words[random.Next(Words.Length)]} matter number {claim} was {Words[random.Next(Words.Length)]}";
            statements.Add(new ExtractedStatement(
                speaker.Id, random.Next(4) == 0 ? Stance.Denied : Stance.Said, ClaimId(claim), $"Generated {topic} claim {claim}",
                evidence, s * 300, s * 300 + evidence.Length, reportedBy, [subject.Id]));
        }

        var date = new DateOnly(2025, 1, 1).AddDays(a % 365).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var source = new SourceInfo($"article:generated-{a}", $"generated-{a}.txt", $"Generated article {a}", $"Outlet {a % 50}", null, date, null)
        {
            ContentHash = a.ToString("x64", System.Globalization.CultureInfo.InvariantCulture),
        };
        return new ExtractedDocument(source, [.. entities.Values], statements);
    }

    private static ExtractedEntity Person(int i) => new(PersonId(i), EntityKind.Person, $"Person {i}", [$"P{i}"])
    {
        Memberships = [new Membership(i < Institutions ? Membership.Leads : Membership.MemberOf, $"institution:institution-{i % Institutions}")],
    };

    private static ExtractedEntity Place(int i) => new($"place:place-{i}", EntityKind.Place, $"Place {i}", []);

    private static ExtractedEntity Institution(int i) => new($"institution:institution-{i}", EntityKind.Institution, $"Institution {i}", []);
}
