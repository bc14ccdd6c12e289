using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// A statement announced as following ("X have issued the following statement:", "The statement reads thus:") and printed
/// without quotation marks: its paragraphs are the issuer's. Invented text.
/// </summary>
public sealed class StatementBlockTests
{
    private const string Block =
        "Harlow United is extremely disappointed by the claim of the harbour trust.\n\n" +
        "Any proceedings brought against the club by the trust will be vigorously defended.";

    [Theory]
    [InlineData("Harlow United have issued the following official statement:")]
    [InlineData("Harlow United have issued the following statement in reaction to the claim:")]
    public void The_paragraphs_after_an_announced_statement_are_the_issuers(string leadIn)
    {
        var doc = Invented.Extract("block.txt", leadIn + "\n\n" + Block);
        doc.Require("institution:harlow-united", Stance.Said, "extremely disappointed");
        doc.Require("institution:harlow-united", Stance.Said, "vigorously defended");
    }

    [Theory]
    [InlineData("Club spokeswoman Dana Pirelli released the following statement:")]
    [InlineData("In response, club spokeswoman Dana Pirelli sent the following statement.")]
    [InlineData("Club spokeswoman Dana Pirelli sent the following statement to Harbour News:")]
    public void A_quotation_after_an_announced_statement_is_the_issuers(string leadIn)
    {
        var doc = Invented.Extract("block.txt", "Harlow United denied the claims on Monday.\n\n" + leadIn + "\n\n" +
            "“The claims in this article are wholly inaccurate. The striker was never offered to another club.”\n\n" +
            "The ferry to the island was full on Monday.");
        doc.Require("person:dana-pirelli", Stance.Denied, "wholly inaccurate");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("ferry to the island", StringComparison.Ordinal));
    }

    [Fact]
    public void A_full_stop_after_a_statement_not_announced_as_following_opens_no_block()
    {
        var doc = Invented.Extract("block.txt", "Harlow United denied the claims on Monday.\n\n" +
            "Club spokeswoman Dana Pirelli sent a statement on Friday.\n\n" +
            "“The claims in this article are wholly inaccurate,” the club's manager Tom Reyes told fans.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:dana-pirelli" && s.Evidence.Contains("wholly inaccurate", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Harlow United issued a statement:")]
    [InlineData("Harlow United released a short statement:")]
    public void A_statement_announced_without_the_following_is_the_one_paragraph_after_it(string leadIn)
    {
        var doc = Invented.Extract("block.txt", leadIn + "\n\n" + Block);
        doc.Require("institution:harlow-united", Stance.Said, "extremely disappointed");
        Assert.DoesNotContain(doc.Statements, x => x.Evidence.Contains("vigorously defended", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_that_issues_a_press_release_is_an_organisation_that_speaks()
    {
        var doc = Invented.Extract("block.txt", "QuayWire issued a press release stating that the port had been sold.");
        doc.Require("institution:quaywire", Stance.Said, "port had been sold");
    }

    [Fact]
    public void The_block_ends_at_a_paragraph_with_an_attribution_of_its_own()
    {
        var doc = Invented.Extract("block.txt", "Harlow United have issued the following official statement:\n\n" + Block + "\n\n" +
            "Trust chairman Tom Reyes said the claim stood.\n\nThe ferry to the island was full on Monday.");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("ferry to the island", StringComparison.Ordinal));
    }

    [Fact]
    public void A_colon_without_an_announced_statement_opens_no_block()
    {
        var doc = Invented.Extract("block.txt", "Harlow United played three matches in May:\n\n" + Block);
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("extremely disappointed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Sheffield United")]
    [InlineData("West Ham United")]
    [InlineData("West Bromwich Albion")]
    public void A_club_named_with_united_or_albion_is_an_organisation(string club)
    {
        var doc = Invented.Extract("block.txt", $"{club} said the claim had no legal merit.");
        Assert.Equal(EntityKind.Institution, doc.Entities.Single(e => e.Name == club).Kind);
    }

    [Fact]
    public void Points_set_out_after_a_denial_are_the_deniers()
    {
        var doc = Invented.Extract("points.txt", "The Harbour Times reported that the port had refused all visiting ships.\n\n" +
            "However, the Harbour Board took a stance, completely denying the report.\n\n" +
            "- The board received the first list of ships on 16 July. A response went to the agent on 26 July.\n\n" +
            "- The board received the second list of ships on 2 August.");
        var board = doc.Entities.Single(e => e.Name == "Harbour Board");
        doc.Require(board.Id, Stance.Denied, "completely denying");
        doc.Require(board.Id, Stance.Said, "second list of ships");
        doc.Require(board.Id, Stance.Said, "response went to the agent");
    }

    [Fact]
    public void A_list_of_linked_headlines_after_a_denial_is_nobodys()
    {
        var doc = Invented.Extract("points.txt", "The Harbour Board denied the report on Monday, its chairman said.\n\n" +
            "- Tom Reyes says the port will reopen in May\n\n- Union warns of strike over pay\n\n- Cranes arrive at the quay");
        Assert.DoesNotContain(doc.Statements, s => s.Rule == "statement-block");
    }

    [Fact]
    public void A_point_that_names_the_issuer_itself_keeps_the_block_going()
    {
        var doc = Invented.Extract("block.txt", "Harlow United have issued the following official statement:\n\n" +
            "Harlow United is extremely disappointed by the claim of the harbour trust.\n\n" +
            "On 26 July, Harlow United informed the trust that the lease had ended. The club has paid every invoice.\n\n" +
            "Any proceedings brought against the club by the trust will be vigorously defended.");
        doc.Require("institution:harlow-united", Stance.Said, "lease had ended");
        doc.Require("institution:harlow-united", Stance.Said, "paid every invoice");
        doc.Require("institution:harlow-united", Stance.Said, "vigorously defended");
    }

    [Theory]
    [InlineData("https://harbour.gov.ng/press-releases/rejects-allegations/", "News")]
    [InlineData("https://harbour.gov.ng/news/rejects-allegations/", "Press Releases|")]
    public void An_organisations_own_press_release_is_its_issuers_after_its_first_statement(string url, string label)
    {
        var doc = Invented.Extract("release.txt", "URL: " + url + "\n\n" + label + "\n\n" +
            "The Harbour Authority rejects the baseless allegations levelled in a news item published in the Harbour Times.\n\n" +
            "Mr Reyes has alleged that the director spent money on his residence. This is a false allegation.\n\n" +
            "It is expected that the Harbour Times management would take notice of the irresponsible reporting.");
        var authority = doc.Entities.Single(e => e.Name == "Harbour Authority").Id;
        doc.Require(authority, Stance.Denied, "false allegation");
        var expected = doc.Require(authority, Stance.Said, "take notice");
        Assert.StartsWith("It is expected", expected.Claim, StringComparison.Ordinal); // an impersonal "it" is not the issuer
    }

    [Fact]
    public void In_a_release_a_quotation_left_open_goes_on_in_the_voice_quoted_before_it()
    {
        var doc = Invented.Extract("release.txt", "URL: https://harbour.gov.ng/press-releases/rejects-union-claims/\n\n" +
            "The Harbour Authority today rejected as false claims by the dockers' union about crane safety.\n\n" +
            "\"The campaign began in November, and we have had extra inspections in place since then,\" Mr Tomas Reyes said.\n\n" +
            "\"Qualified engineers are certifying every crane before it is used.\n\n" +
            "\"No crane decisions are made in isolation.\"\n\n" +
            "Mr Reyes said the terminal had stayed open.");
        var reyes = doc.Entities.Single(e => e.Name == "Tomas Reyes").Id;
        doc.Require(reyes, Stance.Said, "certifying every crane");
        Assert.Equal(reyes, doc.Statements.Single(s => s.Evidence.Contains("in isolation", StringComparison.Ordinal)).SpeakerId);
    }

    [Fact]
    public void A_story_about_fake_press_releases_is_no_press_release()
    {
        var doc = Invented.Extract("release.txt", "URL: https://news.example.com/companies/harbour-authority-fake-press-releases/\n\n" +
            "The Harbour Authority rejects the fake press releases circulating on social media.\n\n" +
            "The releases appeared on Monday. Several outlets carried them.");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("Several outlets", StringComparison.Ordinal));
    }

    [Fact]
    public void A_possessive_documents_colon_introduces_its_quoted_paragraphs_and_an_open_quotation_goes_on_unmarked()
    {
        var doc = Invented.Extract("block.txt",
            "Port director Ada Okafor released a statement today.\n\n" +
            "Okafor's statement:\n\n" +
            "\u201cThe inaccuracies cited in several media reports are outrageous. As soon as the port saw a spike, we reached out to the coastguard.\n\n" +
            "As soon as the coastguard visit was completed, we re-formed the harbour coalition.\u201d\n\n" +
            "The harbour reopened on Tuesday after the storm had passed and the cranes were checked.");
        var okafor = Assert.Single(doc.Entities, e => e.Name == "Ada Okafor");
        doc.Require(okafor.Id, Stance.Said, "we reached out to the coastguard");
        doc.Require(okafor.Id, Stance.Said, "we re-formed the harbour coalition");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("storm had passed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_statement_announced_below_at_a_paragraphs_end_owns_the_quoted_paragraphs_after_it()
    {
        var doc = Invented.Extract("below.txt", "The report of the Harbour Ledger was refuted last week and called a \u201Cridiculous story.\u201D " +
            "The new statement from Richard Sanders is available in full below.\n\n" +
            "\u201CWe reject and deny the claims that have been made by the Harbour Ledger. We take the security of our data seriously.\n\n" +
            "\u201CWhen we learned of a breach we began pursuing multiple avenues to uncover what occurred.");
        var denial = doc.Require("person:richard-sanders", Stance.Denied, "reject and deny");
        Assert.Equal("The claims that have been made by the Harbour Ledger", denial.Claim);
        doc.Require("person:richard-sanders", Stance.Said, "multiple avenues");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:harbour-ledger" && s.Evidence.Contains("We ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Harbour Authority would like the public to know that no crane collapsed at the terminal.", Stance.Denied)]
    [InlineData("The Harbour Authority wishes to inform the public that the terminal is safe.", Stance.Said)]
    [InlineData("The Harbour Authority would like to clarify that no crane collapsed at the terminal.", Stance.Denied)]
    public void A_press_releases_polite_telling_is_a_statement(string sentence, Stance stance)
    {
        var s = Assert.Single(Invented.Extract("polite.txt", sentence).Statements);
        Assert.Equal(("institution:harbour-authority", stance), (s.SpeakerId, s.Stance));
    }

    [Theory]
    [InlineData("Port director Maria Okafor wants to know that the terminal is safe.")]
    [InlineData("The Harbour Authority would like to announce a new crane next week.")]
    public void A_wish_to_know_or_to_announce_without_a_clause_is_no_statement(string sentence) =>
        Assert.Empty(Invented.Extract("polite.txt", sentence).Statements);

    [Fact]
    public void A_release_sent_over_a_release_wire_is_its_issuers_after_its_first_statement()
    {
        var doc = Invented.Extract("release.txt", "Quimby Corporation Targeted by Counterfeit Release\n\n" +
            "HARBOURTON, Jan. 14 /PRNewswire/ -- The Quimby Corp said today that it had been the victim of a counterfeit press release.\n\n" +
            "For the past month, the Company has been faced with an onslaught of malicious information spread through anonymous faxes.");
        doc.Require("institution:quimby-corp", Stance.Said, "onslaught of malicious information");
    }

    [Fact]
    public void A_clarification_issued_by_a_company_and_set_out_below_is_the_companys()
    {
        var doc = Invented.Extract("block.txt", "Please see below the clarification and denial issued by Norvell Ltd. to stock markets:\n\n" +
            "We would like to place on record that the report in today's Harbour Times was wrong.\n\n" +
            "C) We confirm that the amount stated in the article is totally untrue.");
        var norvell = doc.Entities.Single(e => e.Name == "Norvell Ltd.").Id;
        doc.Require(norvell, Stance.Denied, "amount stated in the article");
        Assert.All(doc.Statements, s => Assert.Equal(norvell, s.SpeakerId));
    }
}
