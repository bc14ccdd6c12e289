using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// The outlet a statement reached us through is its reportedBy, never its speaker, however the outlet is named around the
/// speaker's clause (../shared/dev/README.md, "Speakers, nested claims and reportedBy"). Invented sentences.
/// </summary>
public sealed class IntermediaryTests
{
    [Fact]
    public void The_outlet_of_an_opening_interview_phrase_is_no_speaker_even_with_a_modifier_before_it()
    {
        var doc = Invented.Extract("interview.txt", "The Nigerian Navy said on Monday it had detained a tanker. In an interview with German broadcaster " +
            "Deutsche Welle, the navy spokesman said the vessel had entered Nigerian waters illegally.");
        var s = doc.Require("institution:nigerian-navy", Stance.Said, "entered Nigerian waters");
        Assert.Equal(["institution:dw"], s.ReportedBy);
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "institution:dw");
    }

    [Theory]
    [InlineData("Port director Maria Okafor also denied the sale rumours to Reuters.", "The sale rumours")]
    [InlineData("Port director Maria Okafor denied the report to Reuters on Monday.", "The report")]
    public void An_outlet_the_object_was_given_to_is_the_intermediary_and_no_part_of_the_claim(string sentence, string claim)
    {
        var s = Assert.Single(Invented.Extract("to-outlet.txt", sentence).Statements);
        Assert.Equal(("person:maria-okafor", claim), (s.SpeakerId, s.Claim));
        Assert.Equal(["institution:reuters"], s.ReportedBy);
    }

    [Fact]
    public void An_outlet_of_the_outlet_table_speaking_for_itself_is_its_own_intermediary_and_the_newspaper_after_it_too()
    {
        var doc = Invented.Extract("own-report.txt", "Sprinter Maria Okafor has failed a drugs test, the Chicago Tribune said on its website on Thursday. " +
            "Her sample was found to contain traces of a banned steroid, the newspaper said.");
        Assert.Equal(["institution:chicago-tribune"], doc.Require("institution:chicago-tribune", Stance.Said, "failed a drugs test").ReportedBy);
        Assert.Equal(["institution:chicago-tribune"], doc.Require("institution:chicago-tribune", Stance.Said, "banned steroid").ReportedBy);
    }

    [Fact]
    public void An_outlet_inside_the_said_clause_is_part_of_it()
    {
        var s = Assert.Single(Invented.Extract("to-outlet.txt", "Port director Maria Okafor said the terminal was sold to Reuters last year.").Statements);
        Assert.Empty(s.ReportedBy);
        Assert.Contains("to Reuters", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unresolved_subject_after_an_opening_interview_phrase_leaves_no_statement_to_the_outlet()
    {
        var doc = Invented.Extract("interview.txt",
            "In an interview with German broadcaster Deutsche Welle, the spokesman said the vessel had entered Nigerian waters illegally.");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "institution:dw");
    }

    [Theory]
    [InlineData("Speaking on Lagos-based Harmony FM, Transport Minister Femi Adeyemi said the port fees would not rise this year.")]
    [InlineData("Speaking to Harmony FM, Transport Minister Femi Adeyemi said the port fees would not rise this year.")]
    [InlineData("Speaking on Harmony FM's Morning Drive programme, Transport Minister Femi Adeyemi said the port fees would not rise this year.")]
    public void A_radio_station_spoken_on_or_to_is_the_intermediary(string sentence)
    {
        var doc = Invented.Extract("radio.txt", sentence);
        var s = doc.Require("person:femi-adeyemi", Stance.Said, "port fees");
        Assert.Equal(["institution:harmony-fm"], s.ReportedBy);
        Assert.Single(doc.Entities, e => e.Name == "Harmony FM");
    }

    [Theory]
    [InlineData("Transport Minister Femi Adeyemi said the fees would stay flat, the Punch newspaper reported.", "institution:punch")]
    [InlineData("Transport Minister Femi Adeyemi said the fees would stay flat, news agency Reuters reported.", "institution:reuters")]
    [InlineData("Transport Minister Femi Adeyemi said the fees would stay flat, reported Politico.", "institution:politico")]
    [InlineData("Transport Minister Femi Adeyemi said the fees would stay flat, reported news agency Reuters.", "institution:reuters")]
    public void An_outlet_credited_after_the_statement_relayed_it_and_is_no_part_of_the_claim(string sentence, string outlet)
    {
        var s = Assert.Single(Invented.Extract("credit.txt", sentence).Statements);
        Assert.Equal(("person:femi-adeyemi", "The fees would stay flat"), (s.SpeakerId, s.Claim));
        Assert.Equal([outlet], s.ReportedBy);
    }

    [Theory]
    [InlineData("\"We review our staffing every year,\" said the spokesperson, reported Politico.")]
    [InlineData("\"We review our staffing every year,\" the spokesperson said, Politico reported.")]
    public void An_outlet_credited_after_an_unresolved_speaker_does_not_become_the_speaker(string sentence)
    {
        var doc = Invented.Extract("credit.txt", "Norvell Group cut jobs at the port. " + sentence);
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "institution:politico");
    }

    [Fact]
    public void An_outlet_credited_after_a_quotation_and_its_speaker_relayed_it()
    {
        var doc = Invented.Extract("credit.txt", "\"We review our staffing every year,\" said Norvell Group, reported Politico.");
        Assert.Equal(["institution:politico"], doc.Require("institution:norvell-group", Stance.Said, "staffing").ReportedBy);
    }

    [Theory]
    [InlineData("\"The fees will stay flat,\" the Guardian quoted Transport Minister Femi Adeyemi as saying.", "institution:the-guardian")]
    [InlineData("\"The fees will stay flat,\" Reuters quoted Transport Minister Femi Adeyemi as saying on Monday.", "institution:reuters")]
    [InlineData("The Guardian quoted Transport Minister Femi Adeyemi as saying the fees will stay flat.", "institution:the-guardian")]
    public void An_outlet_that_quoted_someone_as_saying_relayed_that_persons_words(string sentence, string outlet)
    {
        var s = Assert.Single(Invented.Extract("quoted.txt", sentence).Statements);
        Assert.Equal(("person:femi-adeyemi", Stance.Said, "The fees will stay flat"), (s.SpeakerId, s.Stance, s.Claim));
        Assert.Equal([outlet], s.ReportedBy);
    }

    [Theory]
    [InlineData("\"The fees will stay flat\" Nigerian news agency Kedu quoted Transport Minister Femi Adeyemi as saying.", "kedu")]
    [InlineData("\"The fees will stay flat,\" the daily newspaper Punch quoted Transport Minister Femi Adeyemi as saying.", "punch")]
    public void A_description_of_the_outlet_may_stand_between_the_quotation_and_the_outlet_quoting(string sentence, string outlet)
    {
        var s = Invented.Extract("quoted.txt", "Harbour fees\n\n" + sentence).Require("person:femi-adeyemi", Stance.Said, "fees will stay flat");
        Assert.Equal(["institution:" + outlet], s.ReportedBy);
    }

    [Fact]
    public void The_name_after_the_comma_of_according_to_the_magazine_is_the_subject_not_a_relay()
    {
        var doc = Invented.Extract("mag.txt", "Star rumour\n\nThe Harbour Weekly reported that Jane Roe was pregnant.\n\n" +
            "According to the magazine, Roe has been struggling to hide her bump.");
        var s = doc.Require("institution:harbour-weekly", Stance.Said, "struggling to hide");
        Assert.Equal(["institution:harbour-weekly"], s.ReportedBy);
    }

    [Theory]
    [InlineData(", referring to the Spanish media.")]
    [InlineData(", citing unnamed officials.")]
    public void A_trailing_credit_citing_its_sources_relays_the_statement(string tail)
    {
        var doc = Invented.Extract("credit.txt", "Crash probe\n\nThe Norvell Transport Ministry rejected claims it leaked details of its crash probe, Reuters reported" + tail);
        var s = doc.Require("institution:norvell-transport-ministry", Stance.Denied, "leaked details");
        Assert.Equal(["institution:reuters"], s.ReportedBy);
        Assert.DoesNotContain("Reuters", s.Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Later talking to the publication, Port Director Jane Roe clarified that there was no truth in such news.")]
    [InlineData("Talking to the publication, Port Director Jane Roe said there was no truth in such news.")]
    public void Talking_to_the_publication_is_an_interview_with_the_outlet_named_before(string sentence)
    {
        var doc = Invented.Extract("talking.txt", "Port sale\n\nThe Harbour Times reported on Monday that the port was sold.\n\n" + sentence);
        Assert.Equal(["institution:harbour-times"], doc.Require("person:jane-roe", Stance.Denied, "no truth").ReportedBy);
    }

    [Fact]
    public void Being_in_talks_to_buy_is_no_interview()
    {
        var doc = Invented.Extract("talks.txt", "Port sale\n\nQuorvex Shipping denied a news report it was in talks to buy Norvell Ports, the Harbour Times said.");
        Assert.DoesNotContain(doc.Statements, x => x.ReportedBy.Contains("institution:norvell-ports"));
    }

    [Fact]
    public void A_capitalised_word_that_is_no_demonym_between_quotation_and_outlet_is_no_description()
    {
        var doc = Invented.Extract("quoted.txt", "Harbour fees\n\n\"The fees will stay flat\" Harbour Board agency NAN quoted Transport Minister Femi Adeyemi as saying.");
        Assert.DoesNotContain(doc.Statements, x => x.ReportedBy.Contains("institution:nan") && x.Claim.Contains("fees will stay flat", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("him", "Transport Minister Femi Adeyemi")]
    [InlineData("her", "Transport Minister Femi Adeyemi")]
    public void An_outlet_that_quoted_him_as_saying_relayed_the_words_of_the_person_just_named(string pronoun, string named)
    {
        var doc = Invented.Extract("quoted.txt", $"{named} visited the port on Monday. \"The fees will stay flat,\" the Guardian quoted {pronoun} as saying. " +
            "\"We have no plan to raise them.\"");
        Assert.Equal(["institution:the-guardian"], doc.Require("person:femi-adeyemi", Stance.Said, "fees will stay flat").ReportedBy);
        // The quotation that goes on after it came through the same outlet.
        Assert.Equal(["institution:the-guardian"], doc.Require("person:femi-adeyemi", Stance.Denied, "plan to raise").ReportedBy);
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "institution:the-guardian");
    }

    [Fact]
    public void A_statement_given_to_a_magazine_reached_us_through_it()
    {
        var doc = Invented.Extract("statement.txt", "\"Sam has never met this woman,\" Rook's lawyer, Dana Pell, said in a statement to Variety magazine.");
        Assert.Equal(["institution:variety"], doc.Require("person:dana-pell", Stance.Denied, "never met").ReportedBy);
    }

    [Fact]
    public void An_interview_aired_on_a_network_is_its_intermediary_and_the_airing_no_part_of_the_claim()
    {
        var s = Assert.Single(Invented.Extract("aired.txt",
            "Mayor Rita Holm said in an interview aired Sunday on NBC that she is confident the budget will pass.").Statements);
        Assert.Equal(("person:rita-holm", "She is confident the budget will pass"), (s.SpeakerId, s.Claim));
        Assert.Equal(["institution:nbc-news"], s.ReportedBy);
    }

    [Fact]
    public void An_outlet_that_published_the_story_a_denial_answers_did_not_carry_the_denial()
    {
        var doc = Invented.Extract("story.txt",
            "Harbour Bank has denied issuing an apology following a story that was published by the Herald newspaper on Monday.");
        Assert.Empty(doc.Require("institution:harbour-bank", Stance.Denied, "apology").ReportedBy);
    }

    [Fact]
    public void An_outlet_relaying_remarks_after_their_content_still_carried_them()
    {
        var doc = Invented.Extract("story.txt", "Tom Reyes said the port was never sold, according to remarks reported by Bloomberg.");
        Assert.Contains("institution:bloomberg", doc.Require("person:tom-reyes", Stance.Denied, "never sold").ReportedBy);
    }

    [Fact]
    public void A_statement_attributed_to_someone_names_no_intermediary()
    {
        var doc = Invented.Extract("relay.txt", "Nigeria Presidency dismissed a fake statement attributed to President Musa Bello.");
        var s = Assert.Single(doc.Statements);
        Assert.Empty(s.ReportedBy);
    }

    [Fact]
    public void A_statement_issued_to_an_outlet_was_carried_by_it()
    {
        var doc = Invented.Extract("relay.txt", "In a statement issued to Us Weekly on Monday, Jane Roe's representative said there was nothing going on.");
        Assert.Contains(doc.Statements, s => s.ReportedBy.Any(r => doc.Entities.Single(e => e.Id == r).Name.Contains("Us Weekly", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("The ministry had summoned the envoy, the TASS news agency reported.", "TASS")]
    [InlineData("The ministry had summoned the envoy, Xinhua news agency reported.", "Xinhua")]
    [InlineData("The ministry had summoned the envoy, state news agency IRNA reported.", "IRNA")]
    public void An_outlet_with_words_for_what_it_is_after_the_clause_reports_it(string sentence, string outlet)
    {
        var doc = Invented.Extract("relay.txt", sentence);
        var s = Assert.Single(doc.Statements);
        Assert.Equal(outlet, doc.Entities.Single(e => e.Id == s.SpeakerId).Name);
        Assert.Equal("The ministry had summoned the envoy", s.Claim);
    }

    [Fact]
    public void A_person_with_words_after_the_name_before_the_verb_is_not_read_that_way()
    {
        var doc = Invented.Extract("relay.txt", "The ministry had summoned the envoy, Jane Roe news agency reported.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:jane-roe");
    }

    [Fact]
    public void A_news_agency_credited_after_a_speakers_clause_relays_it()
    {
        var doc = Invented.Extract("relay.txt", "Maria Okafor said the ministry had summoned the envoy, Xinhua news agency reported.");
        var s = doc.Require("person:maria-okafor", Stance.Said, "summoned the envoy");
        Assert.Equal(["institution:xinhua"], s.ReportedBy);
        Assert.DoesNotContain("news agency", s.Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The Saturday Paper published in its edition No 236 an article titled \"Exclusive: Port sold to foreign buyer\" with photograph.", "Saturday Paper")]
    [InlineData("A Harbour Times report headlined \"Port sold to foreign buyer\" caused alarm on Monday.", "Harbour Times")]
    public void A_piece_titled_so_is_its_outlets_statement_of_the_title(string sentence, string outlet)
    {
        var doc = Invented.Extract("titled.txt", sentence);
        var s = Assert.Single(doc.Statements);
        Assert.Equal(outlet, doc.Entities.Single(e => e.Id == s.SpeakerId).Name);
        Assert.Equal(Stance.Said, s.Stance);
        Assert.EndsWith("Port sold to foreign buyer", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void A_daily_star_newspaper_credit_relays_the_clause()
    {
        var doc = Invented.Extract("titled.txt", "Maria Okafor said the port would open in May, the Daily Star newspaper reported.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal("person:maria-okafor", s.SpeakerId);
        Assert.Contains(doc.Entities.Single(e => e.Name.Contains("Daily Star", StringComparison.Ordinal)).Id, s.ReportedBy);
    }

    [Fact]
    public void A_news_report_by_a_newspaper_of_a_date_titled_so_is_that_newspapers()
    {
        var doc = Invented.Extract("titled.txt", "The port has been drawn into a row. The attention of the port has been drawn to a news report by Harbour Daily Newspaper of June 1, titled \u201cPort sold to foreign buyer\u201d.");
        var s = doc.Statements.Single(x => x.Claim.Contains("foreign buyer", StringComparison.Ordinal));
        Assert.Equal("Harbour Daily Newspaper", doc.Entities.Single(e => e.Id == s.SpeakerId).Name);
    }

    [Fact]
    public void A_fronted_interview_goes_on_over_a_quoted_run_of_paragraphs()
    {
        var doc = Invented.Extract("interview.txt",
            "Speaking to the Miami Herald, Femi Bello said: \u201cUnfortunately, we have not even discussed the coach's future as a club.\n\n" +
            "\u201cSo, it is rumours that you find out there.\n\n" +
            "\u201cThe coach has a contract and one more season to go.\u201d");
        var herald = Assert.Single(doc.Entities, e => e.Name.Contains("Miami Herald", StringComparison.Ordinal));
        var bello = Assert.Single(doc.Entities, e => e.Name.Contains("Bello", StringComparison.Ordinal));
        Assert.Contains(herald.Id, doc.Require(bello.Id, Stance.Denied, "not even discussed").ReportedBy);
        Assert.Contains(herald.Id, doc.Require(bello.Id, Stance.Said, "one more season").ReportedBy);
    }

    [Fact]
    public void A_name_before_news_agency_is_an_outlet_and_the_interviews_intermediary()
    {
        var doc = Invented.Extract("agency.txt", "\u201cThey do not have the facts,\u201d port director Femi Bello said in an interview with Zarvana news agency.");
        var zarvana = Assert.Single(doc.Entities, e => e.Name == "Zarvana");
        Assert.Contains(zarvana.Id, Assert.Single(doc.Statements).ReportedBy);
    }

    [Fact]
    public void An_english_word_after_a_before_news_website_names_no_outlet()
    {
        var doc = Invented.Extract("agency.txt", "An Electronic news website published news about the port. The port authority refutes these claims altogether.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Electronic");
    }

    [Fact]
    public void Telling_the_portal_is_telling_the_outlet_named_before()
    {
        var doc = Invented.Extract("portal.txt", "Several ministers expressed surprise, news portal Harbourkini reported.\n\n" +
            "Port minister Femi Bello told the portal that the harbour board had not met since May.");
        var portal = Assert.Single(doc.Entities, e => e.Name == "Harbourkini");
        var bello = Assert.Single(doc.Entities, e => e.Name == "Femi Bello");
        Assert.Contains(portal.Id, doc.Require(bello.Id, Stance.Denied, "harbour board had not met").ReportedBy);
    }

    [Fact]
    public void Telling_the_agency_after_a_newspaper_is_not_telling_the_newspaper()
    {
        var doc = Invented.Extract("portal.txt", "The player failed a doping test, the French sports newspaper L'Equipe reported.\n\n" +
            "\u201cI have not appeared before the judges,\u201d Femi Bello told the agency.");
        Assert.All(doc.Statements.Where(s => s.Evidence.Contains("judges", StringComparison.Ordinal)), s => Assert.Empty(s.ReportedBy));
    }

    [Fact]
    public void A_news_agency_credited_after_a_title_and_a_comma_is_no_person()
    {
        var doc = Invented.Extract("agency.txt", "Port director Femi Bello said the ministry had summoned the British ambassador, Zarvana news agency reported.");
        var zarvana = Assert.Single(doc.Entities, e => e.Name == "Zarvana");
        Assert.Equal(EntityKind.Institution, zarvana.Kind);
        Assert.Contains(zarvana.Id, Assert.Single(doc.Statements).ReportedBy);
    }

    [Fact]
    public void According_to_an_outlet_a_subject_that_says_something_speaks_through_it()
    {
        var doc = Invented.Extract("according.txt", "According to the Miami Herald, Port Director Femi Bello says that the terminal was never sold.");
        var herald = Assert.Single(doc.Entities, e => e.Name.Contains("Miami Herald", StringComparison.Ordinal));
        var s = Assert.Single(doc.Statements);
        Assert.NotEqual(herald.Id, s.SpeakerId);
        Assert.Contains(herald.Id, s.ReportedBy);
    }

    [Theory]
    [InlineData("as translated by Harbourpop")]
    [InlineData("as reported by Harbourpop")]
    public void An_outlet_named_after_as_translated_by_relayed_the_quotation(string relay)
    {
        var doc = Invented.Extract("relay.txt", $"\"The two have been close friends since school,\" Norvell Group said, {relay}.");
        Assert.Equal(["institution:harbourpop"], doc.Require("institution:norvell-group", Stance.Said, "close friends").ReportedBy);
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:harbourpop");
    }

    [Fact]
    public void An_outlet_given_a_comment_relayed_it()
    {
        var doc = Invented.Extract("comment.txt", "QRS Records denied the relationship in a comment to Reuters.");
        Assert.Equal(["institution:reuters"], doc.Require("institution:qrs-records", Stance.Denied, "relationship").ReportedBy);
    }

    [Fact]
    public void It_quoting_someone_as_saying_is_the_outlet_last_named()
    {
        var doc = Invented.Extract("it-quoted.txt", "Quimby Corp. said its network was not compromised. \"An infographic was hacked,\" the Financial Times " +
            "quoted chief Tom Davis as saying. It quoted an unnamed company spokesperson as saying Quimby was notified that the graphic was circulating.");
        var s = doc.Require("institution:quimby-corp", Stance.Said, "was notified");
        Assert.Equal(["institution:financial-times"], s.ReportedBy);
    }

    [Theory]
    [InlineData("It was claimed by a journalist from Argentine broadcaster Radio Quintana that the players had given the club an ultimatum.")]
    [InlineData("A journalist from Argentine broadcaster Radio Quintana claimed that the players had given the club an ultimatum.")]
    [InlineData("A reporter for broadcaster Radio Quintana claimed that the players had given the club an ultimatum.")]
    public void An_outlets_unnamed_journalist_speaks_as_the_outlet(string sentence)
    {
        var doc = Invented.Extract("journalist.txt", "Player denies leading a mutiny\n\n" + sentence);
        doc.Require("institution:radio-quintana", Stance.Said, "given the club an ultimatum");
    }

    [Fact]
    public void A_journalist_named_by_an_organisation_that_is_no_outlet_is_not_it()
    {
        var doc = Invented.Extract("journalist.txt", "Player denies leading a mutiny\n\nA journalist from Harbour Mining Corp claimed that the players had given the club an ultimatum.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:harbour-mining-corp");
    }

    [Fact]
    public void According_to_unnamed_people_quoted_by_an_outlet_gives_no_statement_to_the_outlet()
    {
        var doc = Invented.Extract("according.txt", "Strike on the port\n\nAccording to witnesses quoted by Reuters, a drone hit a car that caught fire near the port.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:reuters");
    }

    [Fact]
    public void According_to_a_person_quoted_by_an_outlet_the_person_speaks_and_the_outlet_relays()
    {
        var doc = Invented.Extract("according.txt", "Strike on the port\n\nAccording to Maria Okafor, quoted by Reuters, a drone hit a car that caught fire near the port.");
        var s = doc.Require("person:maria-okafor", Stance.Said, "drone hit a car");
        Assert.Equal("A drone hit a car that caught fire near the port", s.Claim);
        Assert.Equal(["institution:reuters"], s.ReportedBy);
    }

    [Theory]
    [InlineData("According to Radio Harbour, a local station based in Lagos, Maria Okafor also recalled that the terminal was sold in 2019.", "terminal was sold")]
    [InlineData("According to a report by Reuters, based on audio from a staff meeting, port director Maria Okafor addressed employees on Wednesday, stating that the terminal was sold in 2019.", "terminal was sold")]
    public void According_to_an_outlet_past_its_description_or_a_fronted_phrase_the_named_subject_speaks(string sentence, string snippet)
    {
        var doc = Invented.Extract("according.txt", "Strike on the port\n\n" + sentence);
        var s = doc.Require("person:maria-okafor", Stance.Said, snippet);
        Assert.Single(s.ReportedBy);
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId != "person:maria-okafor");
    }

    [Fact]
    public void According_to_an_outlet_a_name_that_only_opens_the_content_leaves_the_outlet_speaking()
    {
        var doc = Invented.Extract("according.txt", "Strike on the port\n\nAccording to Reuters, based on port records, Maria Okafor sold the terminal in 2019 and left the board, saying little.");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "person:maria-okafor" && x.Evidence.Contains("sold the terminal", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_that_reported_without_a_given_name_is_a_publication_speaking_and_carrying_its_report()
    {
        var doc = Invented.Extract("reported.txt", "On Wednesday, Harbour Blick reported the club had met the striker's release clause.\n\nJohn Smith reported the port was sold.");
        var blick = Assert.Single(doc.Entities, e => e.Name == "Harbour Blick");
        Assert.Equal(EntityKind.Institution, blick.Kind);
        Assert.Equal([blick.Id], doc.Require(blick.Id, Stance.Said, "met the striker's release clause").ReportedBy);
        Assert.Empty(doc.Require("person:john-smith", Stance.Said, "port was sold").ReportedBy);
    }

    [Fact]
    public void Speakers_who_tell_an_outlet_together_each_reach_it()
    {
        var doc = Invented.Extract("tell.txt", "Jada Okafor and Tom Nobles tell Page Six that the publicist had no involvement with the singer.");
        var pageSix = Assert.Single(doc.Entities, e => e.Name == "Page Six");
        Assert.Equal([pageSix.Id], doc.Require("person:jada-okafor", Stance.Denied, "no involvement").ReportedBy);
        Assert.Equal([pageSix.Id], doc.Require("person:tom-nobles", Stance.Denied, "no involvement").ReportedBy);
    }

    [Fact]
    public void A_person_told_is_an_addressee_not_an_intermediary()
    {
        var doc = Invented.Extract("tell.txt", "Minister Alan Reyes said he would tell Mr Tom Kenny that it was improper for a minister to intervene.");
        Assert.All(doc.Statements, s => Assert.DoesNotContain("person:tom-kenny", s.ReportedBy));
    }

    [Fact]
    public void The_outlet_a_quotation_was_told_to_carried_the_paraphrase_just_before_it()
    {
        var doc = Invented.Extract("told.txt", "City magistrate Tom Reyes also denied the allegations and said the hospital had enough oxygen in stock.\n\n" +
            "\u201CThe deaths were not due to a lack of oxygen,\u201D he told AFP.");
        var afp = Assert.Single(doc.Entities, e => e.Name == "Agence France-Presse");
        Assert.All(doc.Statements, s => Assert.Equal([afp.Id], s.ReportedBy));
        Assert.Equal(3, doc.Statements.Count(s => s.SpeakerId == "person:tom-reyes"));
    }

    [Theory]
    [InlineData("City magistrate Tom Reyes also denied the allegations.\n\nPort director Maria Okafor said the cranes were safe.\n\n\u201CThe deaths were not due to a lack of oxygen,\u201D Reyes told AFP.")]
    [InlineData("City magistrate Tom Reyes also denied the allegations.\n\nThe hospital was busy.\n\nThe wards were full.\n\nThe city was quiet.\n\n\u201CThe deaths were not due to a lack of oxygen,\u201D Reyes told AFP.")]
    public void Another_speaker_or_a_long_gap_keeps_the_outlet_to_the_quotation(string text)
    {
        var doc = Invented.Extract("told.txt", text);
        Assert.Empty(doc.Require("person:tom-reyes", Stance.Denied, "denied the allegations").ReportedBy);
    }

    [Fact]
    public void According_to_an_outlet_the_outlet_still_speaks()
    {
        var doc = Invented.Extract("according.txt", "Strike on the port\n\nAccording to Reuters, a drone hit a car that caught fire near the port.");
        doc.Require("institution:reuters", Stance.Said, "drone hit a car");
    }

    [Theory]
    [InlineData("“There is no cholera outbreak in the harbour district,” Kenya’s Daily Nation quoted state minister for health Tamara Okoro as saying.")]
    [InlineData("“There is no cholera outbreak in the harbour district,” Kenya’s Daily Nation quoted Tamara Okoro as saying.")]
    public void A_quotation_an_outlet_of_a_country_quoted_someone_as_saying_is_theirs_through_it(string sentence)
    {
        var doc = Invented.Extract("quoted.txt", sentence);
        var s = doc.Require("person:tamara-okoro", Stance.Denied, "cholera outbreak");
        Assert.Single(s.ReportedBy);
    }

    [Fact]
    public void An_unnamed_official_an_outlet_cites_is_the_outlets_claim()
    {
        var doc = Invented.Extract("cited.txt", "Foreign Office spokesperson Tamara Okoro rejected the report on Monday.\n\n" +
            "“They tried in the past, but had to return after the guards stopped them,” the official said, according to the Harbour Times.");
        var times = doc.Entities.Single(e => e.Name.Contains("Harbour Times", StringComparison.Ordinal)).Id;
        doc.Require(times, Stance.Said, "tried in the past");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:tamara-okoro" && s.Evidence.Contains("tried", StringComparison.Ordinal));
    }

    [Fact]
    public void A_named_person_an_outlet_cites_still_speaks_through_it()
    {
        var doc = Invented.Extract("cited.txt", "“They tried in the past,” Tamara Okoro said, according to the Harbour Times.");
        Assert.Contains(doc.Statements, s => s.SpeakerId == "person:tamara-okoro");
    }
}
