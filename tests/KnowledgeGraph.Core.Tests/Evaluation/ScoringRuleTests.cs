using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Evaluation;

/// <summary>score.py's matching rules, one at a time, on a small invented article.</summary>
public sealed class ScoringRuleTests
{
    private const string File = "story.txt";

    // The header counts: offsets are into the whole file, as score.py reads it.
    private const string Text = "URL: https://example.org/story\n\n" +
        "Cuba denies talks. President Miguel Diaz-Canel said on Monday there are no talks with the US government. " +
        "The ministry told AP that the oil shipments would continue through March.";

    private static readonly ExtractedEntity DiazCanel = new("person:miguel-diaz-canel", EntityKind.Person, "Miguel Díaz-Canel", ["Diaz-Canel"]);
    private static readonly ExtractedEntity Ministry = new("institution:minrex", EntityKind.Institution, "Ministry of Foreign Affairs of Cuba", ["the ministry"]);
    private static readonly ExtractedEntity Ap = new("institution:ap", EntityKind.Institution, "AP", []);

    private static readonly GoldFile Gold = new(File,
        [
            new GoldEntity("Miguel Díaz-Canel", "Person") { Aliases = ["Diaz-Canel"] },
            new GoldEntity("Ministry of Foreign Affairs of Cuba", "Institution") { Aliases = ["The ministry"] },
            new GoldEntity("Associated Press", "Institution") { Aliases = ["AP"] },
            new GoldEntity("Cuba", "Place"),
        ],
        [
            new GoldClaim("Miguel Díaz-Canel", "denied", "there are no talks with the US government") { AltEvidence = ["Cuba denies talks."] },
            new GoldClaim("Ministry of Foreign Affairs of Cuba", "said", "the oil shipments would continue through March") { ReportedBy = ["Associated Press"] },
        ])
    { Publisher = "Yahoo News (AFP)" };

    [Fact]
    public void A_statement_counts_when_it_overlaps_thirty_percent_of_the_shorter_span()
    {
        var ev = "there are no talks with the US government";
        var at = Text.IndexOf(ev, StringComparison.Ordinal);
        var cut = (int)Math.Ceiling(ev.Length * 0.3);

        // Spans of other words that share exactly `cut` characters (30%) with the gold evidence, then one fewer.
        var enough = Score(Stmt(DiazCanel, Stance.Denied, at + ev.Length - cut, at + ev.Length + 40));
        var tooLittle = Score(Stmt(DiazCanel, Stance.Denied, at + ev.Length - cut + 1, at + ev.Length + 40));

        Assert.Equal(1, enough.Counts.GoldHit);
        Assert.Equal(0, tooLittle.Counts.GoldHit);
        Assert.Equal(0, tooLittle.Counts.GoldFound);
    }

    [Fact]
    public void Offsets_are_counted_from_the_start_of_the_file_header_included()
    {
        var ev = "there are no talks with the US government";
        var body = Text.IndexOf("\n\n", StringComparison.Ordinal) + 2;
        var inFile = Text.IndexOf(ev, StringComparison.Ordinal);
        var inBody = inFile - body;

        // Evidence text that differs from the gold wording, so that only the offsets can match it.
        Assert.Equal(1, Score(Stmt(DiazCanel, Stance.Denied, inFile, inFile + ev.Length, "no talks")).Counts.GoldHit);
        Assert.Equal(0, Score(Stmt(DiazCanel, Stance.Denied, inBody, inBody + ev.Length, "no talks")).Counts.GoldHit);
    }

    [Fact]
    public void Alternative_evidence_and_word_overlap_match_too()
    {
        var headline = Text.IndexOf("Cuba denies talks.", StringComparison.Ordinal);
        Assert.Equal(1, Score(Stmt(DiazCanel, Stance.Denied, headline, headline + 10)).Counts.GoldHit);

        // No offsets in common, but the same words (Jaccard >= 0.5 over words of three letters or more).
        Assert.Equal(1, Score(Stmt(DiazCanel, Stance.Denied, 0, 3, "There are NO talks with the U.S. government!")).Counts.GoldHit);
        Assert.Equal(0, Score(Stmt(DiazCanel, Stance.Denied, 0, 3, "talks with nobody")).Counts.GoldHit);
    }

    [Theory]
    [InlineData("Miguel Díaz-Canel", true)] // the canonical name
    [InlineData("DIAZ-CANEL", true)] // an alias, case and accents folded
    [InlineData("Miguel Mario Díaz-Canel", true)] // same first and last word
    [InlineData("Canel", false)] // a last word alone is not enough
    [InlineData("Mario Díaz-Canel", false)]
    public void Speakers_match_by_name_or_alias(string extractedName, bool matches)
    {
        var speaker = new ExtractedEntity("person:x", EntityKind.Person, extractedName, []);
        var ev = "there are no talks with the US government";
        var at = Text.IndexOf(ev, StringComparison.Ordinal);
        var report = Score([speaker], [Stmt(speaker, Stance.Denied, at, at + ev.Length)]);
        Assert.Equal(matches ? 1 : 0, report.Counts.GoldHit);
        Assert.Equal(1, report.Counts.GoldFound);
    }

    [Fact]
    public void A_wrong_stance_is_found_but_not_a_hit_and_counts_against_denial_recall()
    {
        var ev = "there are no talks with the US government";
        var at = Text.IndexOf(ev, StringComparison.Ordinal);
        var report = Score(Stmt(DiazCanel, Stance.Said, at, at + ev.Length));
        Assert.Equal((0, 1, 1, 0), (report.Counts.GoldHit, report.Counts.GoldFound, report.Counts.DeniedGold, report.Counts.DeniedHit));
        Assert.Equal(0.0, report.StatementsPrecision);
        Assert.Contains("found, but with another speaker or stance", report.PerFile[0].Missed[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_reporter_is_right_when_the_statement_names_every_gold_intermediary()
    {
        var ev = "the oil shipments would continue through March";
        var at = Text.IndexOf(ev, StringComparison.Ordinal);
        var named = Score(Stmt(Ministry, Stance.Said, at, at + ev.Length) with { ReportedBy = [Ap.Id] });
        var missing = Score(Stmt(Ministry, Stance.Said, at, at + ev.Length));

        Assert.Equal((1, 1), (named.Counts.ReporterGold, named.Counts.ReporterCorrect));
        Assert.Equal((1, 0), (missing.Counts.ReporterGold, missing.Counts.ReporterCorrect));
        Assert.Equal(1.0, named.ReporterAccuracy);
    }

    [Theory]
    [InlineData("AFP", true)] // a shared word
    [InlineData("Yahoo", true)] // contained
    [InlineData("Fox News", false)] // "news" alone does not count
    [InlineData(null, false)]
    public void The_publisher_is_right_when_it_names_the_gold_one(string? publisher, bool right)
    {
        var report = Score([], [], publisher);
        Assert.Equal((1, right ? 1 : 0), (report.Counts.PublisherGold, report.Counts.PublisherCorrect));
    }

    [Fact]
    public void Entities_need_the_same_kind_for_recall_but_any_kind_for_precision()
    {
        var cubaAsInstitution = new ExtractedEntity("institution:cuba", EntityKind.Institution, "Cuba", []);
        var stranger = new ExtractedEntity("person:nobody", EntityKind.Person, "Nobody Known", []);
        var report = Score([DiazCanel, cubaAsInstitution, stranger], []);
        Assert.Equal((4, 1), (report.Counts.EntitiesGold, report.Counts.EntitiesHit));
        Assert.Equal((3, 2), (report.Counts.EntitiesExtracted, report.Counts.EntitiesExtractedCorrect));
    }

    [Fact]
    public void The_rule_table_counts_each_rule_and_shows_none_for_statements_without_one()
    {
        var ev = "there are no talks with the US government";
        var at = Text.IndexOf(ev, StringComparison.Ordinal);
        var right = Stmt(DiazCanel, Stance.Denied, at, at + ev.Length) with { Rule = "verb-subject" };
        var wrong = Stmt(DiazCanel, Stance.Said, at, at + ev.Length) with { Rule = "verb-subject" };
        var unnamed = Stmt(DiazCanel, Stance.Denied, 0, 3, "unrelated words here");
        var report = Score(right, wrong, wrong, unnamed);

        Assert.Equal([new RuleScore("verb-subject", 3, 1), new RuleScore(GoldEvaluator.NoRule, 1, 0)], report.PerRule);
        Assert.Equal(0.333, report.PerRule[0].Precision);
        var table = report.ToString();
        Assert.Contains("verb-subject", table, StringComparison.Ordinal);
        Assert.Contains("(none)", table, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gold_file_without_a_document_counts_as_missing_and_a_document_without_gold_is_noted()
    {
        var other = new ExtractedDocument(new SourceInfo("article:2", "elsewhere.txt"), [], []);
        var report = GoldEvaluator.Evaluate([Gold], _ => new PythonText(Text), [other]);
        Assert.Equal((1, 1, 2, 0), (report.Counts.Files, report.Counts.FilesMissing, report.Counts.Gold, report.Counts.GoldHit));
        Assert.Contains(report.Problems, p => p.Contains("story.txt", StringComparison.Ordinal) && p.Contains("missing", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.StartsWith("elsewhere.txt: no gold file", StringComparison.Ordinal));
    }

    [Fact]
    public void Gold_evidence_that_is_not_in_the_text_is_reported()
    {
        var gold = Gold with { Claims = [new GoldClaim("Miguel Díaz-Canel", "said", "words the article never printed")] };
        var report = GoldEvaluator.Evaluate([gold], _ => new PythonText(Text), []);
        Assert.Contains(report.Problems, p => p.Contains("claims[0]", StringComparison.Ordinal) && p.Contains("not in the text", StringComparison.Ordinal));
    }

    private static ExtractedStatement Stmt(ExtractedEntity speaker, Stance stance, int start, int end, string? evidence = null) =>
        new(speaker.Id, stance, "claim:x", "x", evidence ?? Text[start..end], start, end, [], []);

    private static EvaluationReport Score(params ExtractedStatement[] statements) => Score([DiazCanel, Ministry, Ap], statements);

    private static EvaluationReport Score(IReadOnlyList<ExtractedEntity> entities, IReadOnlyList<ExtractedStatement> statements, string? publisher = null) =>
        GoldEvaluator.Evaluate([Gold], _ => new PythonText(Text), [new ExtractedDocument(new SourceInfo("article:1", File, Publisher: publisher), entities, statements)]);
}
