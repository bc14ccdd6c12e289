using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

public sealed class SeedArticleTests
{
    private const string Cossio = "person:carlos-fernandez-de-cossio";
    private const string Trump = "person:donald-trump";
    private const string Minrex = "institution:minrex";

    [Fact]
    public void Fernandez_de_Cossio_denies_negotiations_are_under_way_as_reported_by_AP()
    {
        var doc = Seeds.Get("004").Doc;
        var denial = doc.Require(Cossio, Stance.Denied, "starting a negotiation process");
        Assert.Contains("institution:ap", denial.ReportedBy);
        var onTheTable = doc.Require(Cossio, Stance.Denied, "not yet on the table");
        Assert.Contains("institution:ap", onTheTable.ReportedBy);
    }

    [Fact]
    public void Trump_said_talks_have_begun_and_the_denial_shares_its_claim()
    {
        var doc = Seeds.Get("004").Doc;
        var said = doc.Require(Trump, Stance.Said, "talks with Cuba had begun");
        var denied = doc.Require(Cossio, Stance.Denied, "starting a negotiation process");
        Assert.Equal(said.ClaimId, denied.ClaimId);
        Assert.StartsWith("claim:", said.ClaimId, StringComparison.Ordinal);
    }

    [Fact]
    public void Minrex_denies_that_Cuba_is_a_threat_to_US_security()
    {
        Seeds.Get("001").Doc.Require(Minrex, Stance.Denied, "represents a threat to the United States");
        Seeds.Get("002").Doc.Require(Minrex, Stance.Denied, "characterization of being a threat");
        Seeds.Get("000").Doc.Require("institution:government-of-cuba", Stance.Denied, "does not pose a threat");
    }

    [Fact]
    public void The_Minrex_threat_claim_has_one_id_in_all_three_articles()
    {
        var a = Seeds.Get("000").Doc.Require("institution:government-of-cuba", Stance.Denied, "does not pose a threat");
        var b = Seeds.Get("001").Doc.Require(Minrex, Stance.Denied, "represents a threat to the United States");
        // The 002 quotation holds two denials (foreign bases; being a threat): take the one about the threat.
        var c = Seeds.Get("002").Doc.Statements.Single(s => s.SpeakerId == Minrex && s.Stance == Stance.Denied &&
            s.Evidence.Contains("characterization of being a threat", StringComparison.Ordinal) && s.Claim.Contains("threat", StringComparison.Ordinal));
        Assert.Equal(a.ClaimId, b.ClaimId);
        Assert.Equal(a.ClaimId, c.ClaimId);
        Assert.Contains("place:united-states", b.About);
    }

    [Fact]
    public void A_quote_before_the_speaker_is_attributed_to_the_speaker_after_it()
    {
        var doc = Seeds.Get("003").Doc;
        var s = doc.Require(Cossio, Stance.Denied, "We are not ready to debate");
        Assert.Contains("Fernández de Cossío remarked", s.Evidence, StringComparison.Ordinal);
        doc.Require(Cossio, Stance.Said, "Cuba can be of assistance"); // "…," he added.
    }

    [Fact]
    public void An_interview_named_once_reports_every_statement_of_that_speaker()
    {
        var doc = Seeds.Get("003").Doc;
        Assert.Contains("institution:cnn", doc.Require(Cossio, Stance.Denied, "has not yet been established").ReportedBy);
    }

    [Fact]
    public void Journalists_and_newspapers_are_kept_as_intermediaries()
    {
        var doc = Seeds.Get("002").Doc;
        var cabrera = doc.Require("person:carlos-cabrera", Stance.Said, "negotiating in Mexico");
        Assert.Contains("person:carlos-cabrera", cabrera.ReportedBy);
        var wsj = doc.Require("institution:the-wall-street-journal", Stance.Said, "looking for a figure");
        Assert.Contains("institution:the-wall-street-journal", wsj.ReportedBy);
        var source = doc.Require("person:carlos-cabrera", Stance.Said, "first conversations concluded");
        Assert.Contains("institution:government-of-mexico", source.ReportedBy);
    }

    [Fact]
    public void Pronouns_and_role_nouns_resolve_to_the_last_fitting_speaker()
    {
        var doc = Seeds.Get("003").Doc;
        doc.Require(Cossio, Stance.Said, "austerity measures"); // "The diplomat acknowledged …"
        doc.Require(Cossio, Stance.Denied, "poses any risk"); // "The Cuban deputy minister dismissed …"
        Seeds.Get("000").Doc.Require(Trump, Stance.Said, "willingness to reach an accord"); // "he expressed …"
    }

    [Fact]
    public void Key_questions_blocks_are_not_reported_as_statements()
    {
        foreach (var prefix in new[] { "000", "003" })
        {
            var (_, text, doc) = Seeds.Get(prefix);
            var block = Math.Max(text.IndexOf("Key Questions", StringComparison.Ordinal), text.IndexOf("Key Insights", StringComparison.Ordinal));
            Assert.True(block > 0);
            Assert.NotEmpty(doc.Statements);
            Assert.All(doc.Statements, s => Assert.True(s.End <= block, $"statement inside the Q&A block: {s.Evidence}"));
        }
    }

    [Fact]
    public void Site_boilerplate_gives_no_statements_or_entities()
    {
        foreach (var prefix in new[] { "001", "002" })
        {
            var (_, text, doc) = Seeds.Get(prefix);
            var tail = text.IndexOf("Source link", StringComparison.Ordinal);
            Assert.All(doc.Statements, s => Assert.True(s.End <= tail, $"statement in the page footer: {s.Evidence}"));
            Assert.DoesNotContain(doc.Entities, e => e.Id is "place:buenos-aires" or "place:london" or "place:istanbul");
        }

        var cookies = Seeds.Get("004");
        Assert.DoesNotContain(cookies.Doc.Statements, s => s.Evidence.Contains("cookies", StringComparison.Ordinal));
    }

    [Fact]
    public void Image_credits_are_kept_out_of_claims_and_entities()
    {
        var doc = Seeds.Get("003").Doc;
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains('\u00A9', StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Entities, e => e.Id == "institution:cubadebate");
    }

    [Fact]
    public void Evidence_offsets_index_the_original_text()
    {
        foreach (var (_, text, doc) in Seeds.All)
        {
            Assert.NotEmpty(doc.Statements);
            Assert.All(doc.Statements, s => Assert.Equal(s.Evidence, text.Substring(s.Start, s.End - s.Start)));
        }
    }

    [Fact]
    public void Metadata_is_read_from_what_the_text_states()
    {
        var cuba = Seeds.Get("003").Doc.Source;
        Assert.Equal("CubaHeadlines", cuba.Publisher);
        Assert.Equal("2026-02-05", cuba.PublishedAt);
        Assert.Equal("Felix Ortiz", cuba.Author);
        Assert.Equal("Cuban Regime Confirms High-Level Contacts with the United States", cuba.Title);
        var turkish = Seeds.Get("004").Doc.Source;
        Assert.Equal("2026-02-02", turkish.PublishedAt);
        Assert.Equal("Cuba denied the claim of negotiations with the USA.", turkish.Title);
        Assert.Equal("2026-02-02", Seeds.Get("001").Doc.Source.PublishedAt);
        Assert.StartsWith("article:", cuba.Id, StringComparison.Ordinal);
        Assert.Equal(64, cuba.ContentHash.Length);
    }
}
