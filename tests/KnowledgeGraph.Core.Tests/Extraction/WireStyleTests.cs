using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>House styles of wire and online outlets: multi-word titles, verdict verbs, refusals, datelines, page furniture.</summary>
public sealed class WireStyleTests
{
    [Fact]
    public void A_country_before_a_multi_word_title_does_not_become_the_speaker()
    {
        var doc = Seeds.Extract("title.txt", "U.S. Secretary of State Marco Rubio warned that the Cuban leaders were running out of time.\n\n" +
            "U.S. Ambassador to Mexico Ronald Johnson said the shipments would be watched closely.");
        Assert.Contains(doc.Statements, s => s.SpeakerId == "person:marco-rubio" && s.Evidence.Contains("running out of time", StringComparison.Ordinal));
        Assert.Contains(doc.Statements, s => s.SpeakerId == "person:ronald-johnson");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:government-of-united-states");
    }

    [Fact]
    public void Calling_reports_false_denies_them()
    {
        var doc = Seeds.Extract("called.txt", "Carlos Fernández de Cossío called reports of an imminent deal with Washington \"false.\"");
        var s = Assert.Single(doc.Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Contains("imminent deal", s.Claim, StringComparison.Ordinal);
        Assert.DoesNotContain("false", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusals_to_comment_are_not_statements()
    {
        var doc = Seeds.Extract("refusal.txt", "The Cuban embassy in Washington did not respond to a request for comment. " +
            "The White House declined to comment on the talks. A Pemex spokesperson would not say whether tankers had sailed.");
        Assert.Empty(doc.Statements);
    }

    [Fact]
    public void A_second_that_clause_is_its_own_claim()
    {
        var doc = Seeds.Extract("that.txt", "A State Department spokesperson said the policy toward Havana \"has not changed\" and that sanctions on GAESA would stay in place.");
        Assert.Contains(doc.Statements, s => s.SpeakerId == "institution:state-department" && s.Stance == Stance.Denied);
        Assert.Contains(doc.Statements, s => s.SpeakerId == "institution:state-department" && s.Stance == Stance.Said && s.Claim.Contains("sanctions", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void An_interview_named_in_a_lead_after_a_glued_dateline_frames_the_article()
    {
        var doc = Seeds.Extract("interview.txt", "Cossio speaks\n\n" +
            "Madrid/Vice Chancellor Carlos Fernández de Cossío sat before a portrait to send a message to the United States during an interview given this Monday to the Associated Press (AP).\n\n" +
            "The vice chancellor stressed that contacts on migration have been maintained over the years.\n\n" +
            "\u201CCuba is a peaceful country,\u201D said Fernández de Cossío.");
        var stressed = doc.Require("person:carlos-fernandez-de-cossio", Stance.Said, "contacts on migration");
        var quoted = doc.Require("person:carlos-fernandez-de-cossio", Stance.Said, "peaceful country");
        Assert.Equal(["institution:ap"], stressed.ReportedBy);
        Assert.Equal(["institution:ap"], quoted.ReportedBy);
        Assert.DoesNotContain(doc.Statements, st => st.SpeakerId == "place:madrid");
    }

    [Fact]
    public void A_that_clause_after_long_adverbials_closed_by_a_comma_is_the_content()
    {
        var doc = Seeds.Extract("adverbials.txt", "Port director Maria Okafor confirmed at a meeting of the harbour board held on March 12, " +
            "and again in an address to the city on the morning of March 13, that the terminal had been sold to a shipping line.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal("person:maria-okafor", s.SpeakerId);
        Assert.StartsWith("The terminal had been sold", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wire_dateline_gives_the_publisher_and_an_entity_that_is_never_speaker_or_intermediary()
    {
        var doc = Seeds.Extract("wire.txt", "Sheinbaum defends oil shipments to Cuba\n\nMEXICO CITY, Feb 4 (AP) — Mexican President Claudia Sheinbaum said on Wednesday that the shipments to Cuba were humanitarian aid.");
        Assert.Equal("Associated Press", doc.Source.Publisher);
        Assert.Contains(doc.Entities, e => e.Id == "institution:ap");
        var statement = Assert.Single(doc.Statements);
        Assert.Equal("person:claudia-sheinbaum", statement.SpeakerId);
        Assert.Empty(statement.ReportedBy);
    }

    [Theory]
    [InlineData("https://www.3harbournews.com/local/port-sold/", "3 Harbour News (3harbournews.com)")]
    [InlineData("https://theharbourtvnews.co.uk/local/port-sold/", "The Harbour TV News (theharbourtvnews.co.uk)")]
    [InlineData("https://www.sanantonioharbour.com/local/port-sold/", "San Antonio Harbour (sanantonioharbour.com)")]
    [InlineData("https://www.timesofharbour.com/local/port-sold/", "Times of Harbour (timesofharbour.com)")]
    [InlineData("http://harbourwatch.blogspot.com/2009/04/port-sold.html", "Harbour Watch (harbourwatch.blogspot.com)")] // a platform's subdomain is the site
    [InlineData("https://www.harbourwatch.com/local/port-sold/", "Harbour Watch (harbourwatch.com)")]
    [InlineData("https://www.qvxnews.com.fj/local/port-sold/", "QVX News (qvxnews.com.fj)")] // letters that are no word beside an outlet's words
    [InlineData("https://zorbafm.org/2018/port-sold/", "Zorba FM (zorbafm.org)")]
    [InlineData("https://www.harbourdailyqwerta.com/local/port-sold/", "Harbour Daily Qwerta (harbourdailyqwerta.com)")]
    [InlineData("https://www.qvxkenya.com/2019/port-sold.html", "QVX Kenya (qvxkenya.com)")]
    [InlineData("https://www.harbournews7.com/local/port-sold/", "Harbour News 7 (harbournews7.com)")]
    [InlineData("https://www.zorbaharbour.com/local/port-sold/", "zorbaharbour.com")] // no outlet's word: the host alone
    public void A_site_the_outlet_table_lacks_is_named_by_the_words_of_its_host(string url, string publisher)
    {
        var doc = Seeds.Extract("host.txt", "URL: " + url + "\n\nHarbour board denies sale of terminal\n\nPort director Maria Okafor said on Wednesday that the terminal was sold.");
        Assert.Equal(publisher, doc.Source.Publisher);
    }

    [Theory]
    [InlineData("https://www.harbourwatchonline.com/port-sold/", "Read more at HarbourWatchOnline.", "HarbourWatchOnline (harbourwatchonline.com)")]
    [InlineData("https://www.tarskgate.cn/port-sold/", "© Tarsk Gate 2026", "Tarsk Gate (tarskgate.cn)")]
    [InlineData("https://www.theharbourwatch.com/port-sold/", "Subscribe to The Harbour Watch today.", "The Harbour Watch (theharbourwatch.com)")]
    public void A_site_is_named_as_its_page_writes_its_host(string url, string footer, string publisher)
    {
        var doc = Seeds.Extract("host.txt", "URL: " + url + "\n\nHarbour board denies sale of terminal\n\nPort director Maria Okafor said on Wednesday that the terminal was sold.\n\n" + footer);
        Assert.Equal(publisher, doc.Source.Publisher);
    }

    [Theory]
    [InlineData("MEXICO CITY, Feb 4 (AP): Port director Maria Okafor told AP on Wednesday that the terminal was sold.", "Associated Press")]
    [InlineData("PORT ELLEN, Mar 3 (AP): Port director Maria Okafor told AP on Wednesday that the terminal was sold.", "Associated Press")]
    public void A_wire_dateline_closed_by_a_colon_gives_the_publisher_too(string lead, string publisher)
    {
        var doc = Seeds.Extract("wire.txt", "Harbour board denies sale of terminal\n\n" + lead);
        Assert.Equal(publisher, doc.Source.Publisher);
        Assert.Empty(Assert.Single(doc.Statements).ReportedBy);
    }

    [Fact]
    public void A_wire_dateline_with_the_agency_between_slashes_gives_the_publisher()
    {
        var doc = Seeds.Extract("wire.txt", "Harbour board denies sale of terminal\n\nMOSCOW, June 26. /TASS/. Port director Maria Okafor said on Wednesday that the terminal was not sold.");
        Assert.Equal("TASS", doc.Source.Publisher);
        Assert.Empty(Assert.Single(doc.Statements).ReportedBy);
    }

    [Theory]
    [InlineData("Sport", null)]
    [InlineData("Business", null)]
    [InlineData("Harbourwatch", "Harbourwatch")]
    public void A_lone_plain_word_above_the_headline_is_a_section_not_the_publisher(string line, string? publisher)
    {
        var doc = Seeds.Extract("section.txt", $"{line}\n\nHarbour board denies sale of terminal\n\nPort director Maria Okafor said on Wednesday that the terminal was not sold.");
        Assert.Equal(publisher, doc.Source.Publisher);
        Assert.Equal("Harbour board denies sale of terminal", doc.Source.Title);
    }

    [Fact]
    public void A_country_before_a_headlines_colon_and_a_name_is_the_section_not_the_speaker()
    {
        var doc = Seeds.Extract("section.txt", "Kenya: Otieno Dismisses Claims He Is in Hospital\n\nInterior minister Daniel Otieno has dismissed claims that he is in hospital.\n");
        Assert.All(doc.Statements, s => Assert.Equal("person:daniel-otieno", s.SpeakerId));
        Assert.Contains(doc.Statements, s => s.Evidence.StartsWith("Otieno Dismisses", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_with_a_party_in_brackets_and_a_colon_is_no_dateline()
    {
        var doc = Seeds.Extract("wire.txt", "Harbour board denies sale of terminal\n\nPort director Maria Okafor (Labour): the terminal was sold in May, she told the Harbour Times.");
        Assert.NotEqual("Labour", doc.Source.Publisher);
    }

    [Theory]
    [InlineData("https://www.reuters.com/world/americas/some-story-2026-02-03/", "Reuters")]
    [InlineData("https://edition.cnn.com/2026/02/03/world/story", "CNN")]
    [InlineData("https://production.guardian.co.tt/news/story-1.2", "guardian.co.tt")]
    [InlineData("https://1375.topnews.com/en/?article=1", "Top News (topnews.com)")]
    [InlineData("https://www.example-local-news.org/story", "Example Local News (example-local-news.org)")]
    [InlineData("https://www.harbourfeednews.com/story", "Harbour Feed News (harbourfeednews.com)")]
    [InlineData("https://etharbourdaily.net/?p=1", "ET Harbour Daily (etharbourdaily.net)")]
    [InlineData("https://www.xqzvwk.com/story", "xqzvwk.com")]
    public void The_publisher_is_the_outlet_of_the_address_or_its_site_name_read_from_the_host(string url, string publisher)
    {
        var doc = Seeds.Extract("site.txt", $"URL: {url}\n\nHealth\n\nPort director Maria Okafor said on Monday that the new terminal would open in May.");
        Assert.Equal(publisher, doc.Source.Publisher);
    }

    [Theory]
    [InlineData("https://www.example.org/news/harbour-board-denies-sale-of-terminal-20260203.html")]
    [InlineData("https://www.example.org/harbour-board-denies-that-sale-of-the-terminal/")]
    public void A_headline_run_into_the_lead_on_one_line_ends_where_the_address_slug_does(string url)
    {
        var doc = Seeds.Extract("slug.txt", $"URL: {url}\n\nHarbour board denies sale of terminal Port director Maria Okafor said on Monday " +
            "that the board had not sold the terminal to a foreign buyer and that talks with the unions would go on through the spring, " +
            "as the harbour prepares for a busy season of cruise ships and container traffic.");
        Assert.Equal("Harbour board denies sale of terminal", doc.Source.Title);
        Assert.Contains(doc.Statements, s => s.SpeakerId == "person:maria-okafor" && !s.Claim.Contains("terminal Port", StringComparison.Ordinal));
    }

    [Fact]
    public void A_slug_that_is_not_the_opening_of_the_line_leaves_it_whole()
    {
        var doc = Seeds.Extract("slug.txt", "URL: https://www.example.org/news/unions-welcome-new-contract/\n\nHarbour board denies sale of terminal Port director " +
            "Maria Okafor said on Monday that the board had not sold the terminal to a foreign buyer and that talks with the unions would go on " +
            "through the spring, as the harbour prepares for a busy season of cruise ships and container traffic.");
        Assert.Null(doc.Source.Title);
    }

    [Fact]
    public void A_quotation_after_a_closed_one_in_the_same_paragraph_starts_a_sentence()
    {
        var doc = Seeds.Extract("quotes.txt", "Port director Maria Okafor called the plan a \u201Cfailing venture.\u201D \u201CThe word is tough,\u201D Okafor said.");
        doc.Require("person:maria-okafor", Stance.Said, "word is tough");
    }

    [Theory]
    [InlineData("You are commenting using your Harbourbook account. Log Out / Change")]
    [InlineData("(Adds detail on the harbour report, quotes)\n\nThe harbour board met on Monday.")]
    public void A_comment_form_or_a_wire_update_note_is_no_statement(string body) =>
        Assert.Empty(Seeds.Extract("furniture.txt", "Harbour news\n\n" + body).Statements);

    [Fact]
    public void Related_links_and_share_rows_are_not_article_text()
    {
        var doc = Seeds.Extract("furniture.txt", "Home > Cuba > Politics\n\nDíaz-Canel says Cuba will resist the blockade\n\n" +
            "Miguel Díaz-Canel said on Tuesday that the island would resist the blockade.\n\nRelated: Rubio: \"The regime is living its last days\"\n\nShare on Facebook\n");
        Assert.Equal("Díaz-Canel says Cuba will resist the blockade", doc.Source.Title);
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:marco-rubio");
        Assert.DoesNotContain(doc.Entities, e => e.Id == "institution:meta");
    }

    [Theory]
    [InlineData("Get Faster News Update By Joining Our: WhatsApp Channel")]
    [InlineData("Join our Telegram channel for the latest harbour news")]
    [InlineData("Subscribe to our newsletter: Harbour Brief")]
    public void A_call_to_follow_the_site_is_not_article_text(string line)
    {
        var doc = Invented.Extract("cta.txt", "Mayor Otto Brandt said on Monday that the harbour budget had collapsed.\n\n" + line + "\n\nThe council meets again in May.");
        Assert.DoesNotContain(doc.Entities, e => e.Kind == EntityKind.Institution);
        Assert.Single(doc.Statements);
    }

    [Theory]
    [InlineData("Read moreMayor Otto Brandt says the harbour budget collapsed on Monday")]
    [InlineData("RelatedMayor Otto Brandt says the harbour budget collapsed on Monday")]
    public void A_link_label_glued_to_a_linked_headline_is_not_article_text(string line)
    {
        var doc = Seeds.Extract("furniture.txt", "Harbour news\n\nPort director Maria Okafor said on Tuesday that the terminal would open in May.\n\n" + line + "\n\nThe harbour board met on Monday.");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("Harbour board", StringComparison.Ordinal) || s.Evidence.Contains("budget", StringComparison.Ordinal));
        Assert.Contains(doc.Statements, s => s.SpeakerId == "person:maria-okafor");
    }

    [Fact]
    public void A_sentence_that_merely_opens_with_a_label_word_stays_article_text()
    {
        var doc = Seeds.Extract("furniture.txt", "Harbour news\n\nRelated talks on the harbour budget collapsed on Monday, Mayor Otto Brandt said.");
        Assert.Contains(doc.Statements, s => s.SpeakerId == "person:otto-brandt");
    }

    [Fact]
    public void Names_with_particles_and_appositions_are_discovered_as_people()
    {
        var doc = Seeds.Extract("names.txt", "The Minister of Transport of Freedonia, Ana María de la Vega, admitted that the trains were late. " +
            "Freedonian Finance Minister Tomás van der Berg said that the budget would be cut.");
        Assert.Contains(doc.Statements, s => s.SpeakerId == "person:ana-maria-de-la-vega");
        Assert.Contains(doc.Statements, s => s.SpeakerId == "person:tomas-van-der-berg");
    }

    [Fact]
    public void An_italian_particle_keeps_an_outlets_name_whole()
    {
        var doc = Invented.Extract("della.txt", "Italian newspaper Gazzetta della Sponda reported that the harbour would be sold.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal("institution:gazzetta-della-sponda", s.SpeakerId);
        Assert.DoesNotContain(doc.Entities, e => e.Name is "Gazzetta" or "Sponda");
    }

    [Fact]
    public void A_report_in_an_outlet_is_that_outlets_statement()
    {
        var doc = Seeds.Extract("report.txt", "The CIA declined to comment on a report in the Miami Herald that its officers had met Alejandro Castro Espín in Mexico City.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal("institution:miami-herald", s.SpeakerId);
    }

    [Fact]
    public void A_description_of_the_name_after_a_comma_is_not_an_apposition_to_the_name_before()
    {
        var doc = Invented.Extract("wire.txt", "PARIS -- Maria Okafor failed a doping test at the Harbour Open, the French sports newspaper Le Matin reported Tuesday.\n\n" +
            "Le Matin's report is the latest allegation of positive tests from this year's Harbour Open.\n\n" +
            "The paper reported in October that Tom Reyes tested positive for a stimulant after the final.");
        var matin = doc.Entities.Single(e => e.Name == "Le Matin").Id;
        Assert.All(doc.Statements, s => Assert.Equal(matin, s.SpeakerId));
        var first = doc.Require(matin, Stance.Said, "failed a doping test");
        Assert.StartsWith("Maria Okafor", first.Evidence, StringComparison.Ordinal); // the dateline's double hyphen is no content
        doc.Require(matin, Stance.Said, "tested positive");
    }

    [Theory]
    [InlineData("New Delhi [India], Dec 7 (ANI): The Harbour Authority on Thursday denied allegations that a bribe was offered to the pilots.")]
    [InlineData("[India], Dec 7 (ANI): The Harbour Authority on Thursday denied allegations that a bribe was offered to the pilots.")]
    [InlineData("New Delhi [India], June 7 (ANI): In response to the allegation made by MP Tom Reyes, the Harbour Authority denied that a bribe was offered to the pilots.")]
    public void A_bracketed_country_and_wire_credit_are_the_dateline_not_the_speaker(string sentence)
    {
        var doc = Invented.Extract("wire.txt", sentence);
        var authority = doc.Entities.Single(e => e.Name == "Harbour Authority").Id;
        doc.Require(authority, Stance.Denied, "bribe");
        Assert.All(doc.Statements, st => Assert.Equal(authority, st.SpeakerId));
    }

    [Theory]
    [InlineData("In an email, Tom Reyes, a Northwind spokesman, said that the store count was inaccurate.")]
    [InlineData("On Wednesday, at a briefing with Assistant Secretary Maria Okafor, Rear Adm. Tom Reyes said that the store count was inaccurate.")]
    public void After_an_opening_phrase_the_first_name_after_its_comma_speaks(string sentence) =>
        Invented.Extract("wire.txt", sentence).Require("person:tom-reyes", Stance.Denied, "store count");

    [Fact]
    public void A_dated_agency_credit_with_no_mark_after_it_is_the_wire_and_no_part_of_the_claim()
    {
        var doc = Invented.Extract("wire.txt", "Harbour charges rejected\nNew Delhi, May 3 (PTI) The harbour charges are ridiculous, port minister Femi Bello said on Friday.\n\n" +
            "In an interview to PTI, the minister also rejected the claims.");
        Assert.Equal("Press Trust of India", doc.Source.Publisher);
        var first = Assert.Single(doc.Statements, s => s.Evidence.Contains("ridiculous", StringComparison.Ordinal));
        Assert.StartsWith("The harbour charges", first.Claim, StringComparison.Ordinal); // not "India, May 3 Press Trust of India The …"
        Assert.All(doc.Statements, s => Assert.Empty(s.ReportedBy)); // the text's own agency is never its intermediary
    }

    [Fact]
    public void Ascii_wire_quotation_marks_and_dash_read_like_curly_ones()
    {
        var doc = Invented.Extract("ascii.txt", "OAKDALE, Minn. (AP) _ Oakdale Police have denied that an officer pushed a reporter.\n\n" +
            "The incident ``did not happen as the campaign has claimed,'' Oakdale Police Chief Dana Herr said on Tuesday.");
        Assert.Equal("Associated Press", doc.Source.Publisher);
        var lead = Assert.Single(doc.Statements, s => s.Evidence.Contains("pushed a reporter", StringComparison.Ordinal));
        Assert.Equal(Stance.Denied, lead.Stance);
        Assert.DoesNotContain("OAKDALE", lead.Evidence, StringComparison.Ordinal);
        var quoted = doc.Require("person:dana-herr", Stance.Denied, "did not happen");
        Assert.StartsWith("The incident ``did not happen", quoted.Evidence, StringComparison.Ordinal);
        Assert.DoesNotContain("`", quoted.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void A_force_named_with_and_without_its_department_is_one_force()
    {
        var doc = Invented.Extract("force.txt", "Oakdale Police have denied that an officer pushed a reporter.\n\n" +
            "The incident did not happen, the Oakdale Police Department said on Tuesday.\n\n" +
            "Officers were moving people back from the road at the time, police said.");
        Assert.Single(doc.Entities, e => e.Name.StartsWith("Oakdale Police", StringComparison.Ordinal));
        var forceId = Assert.Single(doc.Entities, e => e.Name.StartsWith("Oakdale Police", StringComparison.Ordinal)).Id;
        Assert.All(doc.Statements, s => Assert.Equal(forceId, s.SpeakerId));
        doc.Require(forceId, Stance.Said, "moving people back");
    }

    [Fact]
    public void A_spokesman_for_a_one_word_name_speaks_for_that_organisation()
    {
        var doc = Invented.Extract("spokes.txt", "\u201CWe have not bid for these players,\u201D said a spokesman for Quarrington.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal(("institution:quarrington", Stance.Denied), (s.SpeakerId, s.Stance));
    }

    [Theory]
    [InlineData("Quarry & Gamble said sales of harbour cranes rose.", "Quarry & Gamble")]
    [InlineData("Northwind Chase & Co said sales of harbour cranes rose.", "Northwind Chase & Co")]
    [InlineData("QT&T said sales of harbour cranes rose.", "QT&T")]
    [InlineData("On Monday, H&Q said sales of harbour cranes rose.", "H&Q")]
    public void An_ampersand_joins_a_company_name(string sentence, string name)
    {
        var doc = Invented.Extract("amp.txt", sentence);
        var company = Assert.Single(doc.Entities, e => e.Name.StartsWith(name.Split(' ')[0], StringComparison.Ordinal));
        Assert.Equal(EntityKind.Institution, company.Kind);
        Assert.Equal(company.Id, Assert.Single(doc.Statements).SpeakerId);
    }

    [Theory]
    [InlineData("The harbour Q&A was held on Monday, the port said.")]
    [InlineData("The port's R&D budget rose, the port said.")]
    public void An_ampersand_initialism_for_a_common_thing_is_no_organisation(string sentence) =>
        Assert.DoesNotContain(Invented.Extract("amp.txt", sentence).Entities, e => e.Name.Contains('&'));

    [Fact]
    public void An_ampersand_before_a_longer_company_name_joins_two_companies()
    {
        var doc = Invented.Extract("amp.txt", "The press releases were issued by Northwind Docomo & Quarry Sons Limited on Monday.");
        Assert.Contains(doc.Entities, e => e.Name == "Quarry Sons Limited");
    }

    [Fact]
    public void A_dateline_with_a_year_and_an_agency_before_its_dash_is_no_subject()
    {
        var doc = Invented.Extract("dateline.txt", "Lusaka, September 28, 2014, HNA \u2014 The opposition Harbour Party has disputed reports that 150 members defected to the ruling party.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal(("institution:harbour-party", Stance.Denied), (s.SpeakerId, s.Stance));
    }

    [Fact]
    public void A_capitals_dateline_city_is_never_the_subject_even_when_the_story_names_it_again()
    {
        var doc = Invented.Extract("dateline.txt", "JOHOR BARU, March 24 — The Johor Health Department has denied that the hospital in Marlow has been shut down.\n\n" +
            "This follows news that the hospital in northern Johor was closed to visitors.");
        doc.Require("institution:johor-health-department", Stance.Denied, "hospital in Marlow");
    }

    [Fact]
    public void A_city_and_country_dateline_is_never_the_subject()
    {
        var doc = Invented.Extract("dateline.txt", "Havana, Cuba — Norvell Ltd. denied on Tuesday that the port of Mariel had been sold.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal("Norvell Ltd.", doc.Entities.Single(e => e.Id == s.SpeakerId).Name);
        Assert.StartsWith("Norvell", s.Evidence, StringComparison.Ordinal);
    }
}
