using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>Attribution frames of wire and tabloid copy found on real pages. Invented sentences.</summary>
public sealed class WireFrameTests
{
    [Theory]
    [InlineData("\"The terminal was closed for repairs last year,\" Ed Barbini, a spokesman for Norvell Group, said.")]
    [InlineData("\"The terminal was closed for repairs last year,\" Ed Barbini, spokesman for Norvell Group, said on Monday.")]
    [InlineData("\"The terminal was closed for repairs last year,\" Ed Barbini, the chief executive of Norvell Group, told reporters.")]
    public void A_description_between_the_name_and_the_verb_after_a_quotation_keeps_the_speaker(string sentence)
    {
        var doc = Invented.Extract("wire.txt", sentence);
        doc.Require("person:ed-barbini", Stance.Said, "terminal was closed for repairs");
    }

    [Theory]
    [InlineData("The city is considering suing the Harbour Gazette, Mayor Ana Ruiz told councillors on Tuesday.")]
    [InlineData("The city is considering suing the Harbour Gazette, Mayor Ana Ruiz told supporters.")]
    public void A_one_word_listener_after_told_leaves_the_clause_before_as_the_content(string sentence)
    {
        var s = Assert.Single(Invented.Extract("wire.txt", sentence).Statements);
        Assert.Equal("person:ana-ruiz", s.SpeakerId);
        Assert.Contains("considering suing", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void A_platform_the_words_were_posted_on_is_no_intermediary()
    {
        var doc = Invented.Extract("wire.txt", "\"The terminal was closed for repairs last year,\" army spokesman Dan Meir wrote in a post on Twitter.");
        Assert.Empty(doc.Require("person:dan-meir", Stance.Said, "terminal was closed").ReportedBy);
    }

    [Fact]
    public void An_outlet_written_in_stays_the_intermediary()
    {
        var doc = Invented.Extract("wire.txt", "Dan Meir wrote in the Harbour Times that the terminal was closed for repairs last year.");
        Assert.Equal(["institution:harbour-times"], doc.Require("person:dan-meir", Stance.Said, "terminal was closed").ReportedBy);
    }

    [Fact]
    public void The_acronym_WHO_is_a_name_not_a_relative_pronoun()
    {
        var doc = Invented.Extract("wire.txt", "Port director Ada Okafor said the WHO denied the report about the terminal.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:ada-okafor" && s.Stance == Stance.Denied);
    }

    [Theory]
    [InlineData("Singer Mia Cole has hit back at claims she faked her engagement to the drummer.", "She faked her engagement")]
    [InlineData("Mia Cole pushed back on reports they had split after the tour.", "They had split")]
    [InlineData("Mia Cole played down reports that she had left the band.", "She had left the band")]
    public void A_phrasal_rejection_denies_the_framed_clause_and_not_its_particle(string sentence, string claim)
    {
        var doc = Invented.Extract("wire.txt", sentence);
        Assert.StartsWith(claim, doc.Require("person:mia-cole", Stance.Denied, claim).Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void An_initial_after_a_name_particle_does_not_end_the_sentence()
    {
        var doc = Invented.Extract("wire.txt", "The government may sue the paper Estado de S. Paulo over a July article, Braga Netto told lawmakers on Tuesday.");
        var s = Assert.Single(doc.Statements);
        Assert.StartsWith("The government may sue", s.Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Northgate Bank denied the story on Monday.\n\nIn a statement, a spokesman said: \"We totally refute the claim that the bank sold the terminal.\"", Stance.Denied)]
    [InlineData("Northgate Bank denied the story on Monday.\n\nA spokeswoman said the bank had never owned the terminal.", Stance.Denied)]
    [InlineData("Rumours about Northgate Bank spread on Monday.\n\n\"The bank will open a second terminal next year,\" a spokesman said.", Stance.Said)]
    public void A_bare_spokesperson_speaks_for_the_organisation_in_question(string text, Stance stance)
    {
        var doc = Invented.Extract("spokes.txt", text);
        Assert.Contains(doc.Statements, s => s.SpeakerId == "institution:northgate-bank" && s.Stance == stance && s.Evidence.Contains("spokes", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Northgate Bank denied the story on Monday.\n\nA party spokesman said the terminal had been sold to a rival.")]
    [InlineData("Northgate Bank denied the story on Monday.\n\nA spokesman for the dockers said the terminal had been sold to a rival.")]
    public void A_spokesperson_described_as_someone_elses_does_not_speak_for_it(string text)
    {
        var doc = Invented.Extract("spokes.txt", text);
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("spokesman", StringComparison.Ordinal) && s.SpeakerId == "institution:northgate-bank");
    }

    [Fact]
    public void A_speaker_declining_to_comment_in_its_own_name_makes_no_statement()
    {
        var doc = Invented.Extract("spokes.txt", "Rumours about Northgate Bank spread on Monday.\n\n\"Northgate Bank does not comment on rumours, even ridiculous ones,\" a spokesman said.");
        Assert.Empty(doc.Statements);
    }

    [Theory]
    [InlineData("The allegations were also dismissed today by police chief Tomas Weber.", "person:tomas-weber", "The allegations")]
    [InlineData("The report has been denied by Tomas Weber, who called it baseless.", "person:tomas-weber", "The report")]
    [InlineData("The woman alleges she was paid by the firm - claims denied by Northgate Bank.", "institution:northgate-bank", "She was paid by the firm")]
    public void The_agent_of_a_passive_denial_denies_its_subject(string sentence, string speaker, string claim)
    {
        var doc = Invented.Extract("passive.txt", sentence);
        Assert.Equal(claim, doc.Require(speaker, Stance.Denied, claim).Claim);
    }

    [Fact]
    public void A_request_turned_down_in_the_passive_is_no_denial()
    {
        var doc = Invented.Extract("passive.txt", "The charity left the country in 2009 when its application for funds was denied by Northgate Bank.");
        Assert.Empty(doc.Statements);
    }

    [Fact]
    public void The_leader_of_a_party_fits_a_prime_minister_named_before()
    {
        var doc = Invented.Extract("leader.txt", "Prime Minister Tom Varga faced questions about the terminal on Monday.\n\n" +
            "The Liberal leader insisted he was not warned the sale was unlawful.");
        doc.Require("person:tom-varga", Stance.Denied, "warned the sale was unlawful");
    }

    [Fact]
    public void The_office_speaks_for_the_owner_of_the_office_named_before()
    {
        var doc = Invented.Extract("office.txt", "Prime Minister Dan Avery's office rejected reports of a cabinet reshuffle.\n\n" +
            "\"The reports of a reshuffle are not true,\" the office said in a statement.");
        Assert.Equal(2, doc.Statements.Count(s => s.SpeakerId == "person:dan-avery" && s.Stance == Stance.Denied));
    }

    [Fact]
    public void An_office_nobody_was_named_with_speaks_for_no_one()
    {
        var doc = Invented.Extract("office.txt", "Dan Avery visited the port on Monday.\n\nThe office said the visit was private and short.");
        Assert.Empty(doc.Statements);
    }

    [Theory]
    [InlineData("\"The memo does not exist. It is a fabrication.\" - Gordon Brown's official spokesman, briefing lobby journalists.", "person:gordon-brown")]
    [InlineData("\"The memo does not exist. It is a fabrication.\" - A spokesman for Northgate Bank.", "institution:northgate-bank")]
    [InlineData("\"The memo does not exist. It is a fabrication.\" - Commons leader Tom Reyes, responding to MPs' questions.", "person:tom-reyes")] // a plural's apostrophe in the tail
    public void A_quotation_credited_after_a_dash_to_a_description_of_a_name_is_that_names(string paragraph, string speaker)
    {
        var doc = Invented.Extract("dash.txt", paragraph);
        doc.Require(speaker, Stance.Denied, "memo does not exist");
    }

    [Theory]
    [InlineData("The Cuban deputy foreign minister denied on Tuesday that talks were under way with Washington.", "person:carlos-fernandez-de-cossio")]
    [InlineData("The US secretary of state said on Monday that talks with Havana were under way.", "person:marco-rubio")]
    [InlineData("Cuba's deputy foreign minister denied on Tuesday that talks were under way with Washington.", "person:carlos-fernandez-de-cossio")]
    public void A_country_and_a_role_the_registry_gives_one_person_name_that_person(string sentence, string speaker)
    {
        var s = Assert.Single(Seeds.Extract("role.txt", "Cuba talks\n\n" + sentence).Statements);
        Assert.Equal(speaker, s.SpeakerId);
    }

    [Fact]
    public void A_role_nobody_holds_in_the_registry_names_no_one()
    {
        Assert.Empty(Seeds.Extract("role.txt", "Harbour talks\n\nThe Freedonian harbour minister said on Monday that talks were under way.").Statements);
    }

    [Fact]
    public void A_relative_clause_after_a_description_with_a_time_phrase_before_its_verb_is_the_descriptions()
    {
        var doc = Seeds.Extract("role.txt", "Cuba talks\n\nOfficials met in Havana. However, he contradicted the US president, who in the last two days has insisted that talks are already under way with Havana.");
        var s = doc.Require("person:donald-trump", Stance.Said, "has insisted");
        Assert.Empty(s.ReportedBy);
        Assert.DoesNotContain(doc.Statements, x => x.Stance == Stance.Denied);
    }

    [Fact]
    public void A_reverse_attribution_takes_over_a_speech_verb_inside_its_clause()
    {
        var doc = Invented.Extract("reverse.txt", "Northgate Bank denied the report.\n\nChairman Tom Reed never said the terminal was for sale, the bank said in a statement.");
        var s = Assert.Single(doc.Statements, x => x.Evidence.Contains("never said", StringComparison.Ordinal));
        Assert.Equal(("institution:northgate-bank", Stance.Denied), (s.SpeakerId, s.Stance));
    }

    [Fact]
    public void An_outlet_credited_at_the_end_still_relays_the_speakers_words()
    {
        var doc = Invented.Extract("reverse.txt", "Port director Ada Okafor said the terminal would reopen in May, the Harbour Gazette reported.");
        Assert.Contains("institution:harbour-gazette", doc.Require("person:ada-okafor", Stance.Said, "reopen in May").ReportedBy);
    }

    [Theory]
    [InlineData("The transport ministry denied a report about the minister resigning. \u2014 Bernama pic")]
    [InlineData("The transport ministry denied a report about the minister resigning. (Photo: Reuters)")]
    public void An_agency_credited_for_a_picture_is_no_antecedent(string paragraph)
    {
        var doc = Invented.Extract("photo.txt", paragraph + "\n\nIn a statement, it said that the minister had not resigned.");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("it said", StringComparison.Ordinal) && s.SpeakerId is "institution:bernama" or "institution:reuters");
    }

    [Theory]
    [InlineData("A Ugandan tabloid reported that the minister had resigned.")]
    [InlineData("The Americans said the minister had resigned.")]
    public void A_peoples_name_alone_is_no_entity(string sentence)
    {
        var doc = Invented.Extract("demonym.txt", sentence);
        Assert.DoesNotContain(doc.Entities, e => e.Name is "Ugandan" or "Americans");
    }

    [Theory]
    [InlineData("Minister of Information Ahmed Raza Khan on Monday refuted the rumours about his resignation.", "person:ahmed-raza-khan")]
    [InlineData("The envoy met High Commissioner for Human Rights Jane Marsh, who told reporters that the port was safe.", "person:jane-marsh")]
    [InlineData("Commissioner for Information Ogbonna Ude said the state would pay the dockers.", "person:ogbonna-ude")]
    [InlineData("Director of Public Prosecutions Noordin Haji said the harbour case would proceed.", "person:noordin-haji")]
    [InlineData("Inspector General of Police Joseph Boinnet said officers had been sent to the harbour.", "person:joseph-boinnet")]
    [InlineData("Union Minister of State for Steel and Mines Kwabena Otchere said the harbour mines would reopen.", "person:kwabena-otchere")]
    [InlineData("The harbour deal is safe, according to Minister for Public Expenditure and Reform Brendan Howlin.", "person:brendan-howlin")]
    [InlineData("Member of Parliament for Harbour Central, Kwame Obeng, said the dockers would be paid.", "person:kwame-obeng")]
    [InlineData("Minister for Forests and Energy P. Kwame Otchere on Monday said the harbour mines would reopen.", "person:p-kwame-otchere")]
    public void A_portfolio_after_a_title_is_no_part_of_the_name(string sentence, string speaker)
    {
        var doc = Invented.Extract("portfolio.txt", sentence);
        Assert.Contains(doc.Statements, s => s.SpeakerId == speaker);
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("Information", StringComparison.Ordinal) || e.Name.StartsWith("Human Rights", StringComparison.Ordinal) ||
            e.Name.Contains("Prosecutions", StringComparison.Ordinal) || e.Name.Contains("Police", StringComparison.Ordinal) ||
            e.Name.Contains("Mines", StringComparison.Ordinal) || e.Name.Contains("Reform", StringComparison.Ordinal) || e.Name.Contains("Parliament", StringComparison.Ordinal) ||
            e.Name.Contains("Energy", StringComparison.Ordinal));
    }

    [Fact]
    public void A_speaker_of_a_house_is_a_title_not_part_of_the_name_or_an_institution()
    {
        var doc = Invented.Extract("speaker.txt", "Defence Minister Walter Souza Braga Netto spoke at the harbour on Monday.\n\n" +
            "Braga Netto and House Speaker Arthur Lira denied the report.\n\nDeputy Speaker of Parliament, Ruveni Nadalo, said the harbour would stay open.");
        doc.Require("person:arthur-lira", Stance.Denied, "denied the report");
        doc.Require("person:walter-souza-braga-netto", Stance.Denied, "denied the report");
        doc.Require("person:ruveni-nadalo", Stance.Said, "harbour would stay open");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("Speaker", StringComparison.Ordinal));
    }

    [Fact]
    public void An_institution_after_a_titles_of_the_is_still_an_institution()
    {
        var doc = Invented.Extract("portfolio.txt", "The Governor of the Central Bank of Northland said the harbour loans would be repaid.");
        Assert.Contains(doc.Entities, e => e.Name == "Central Bank of Northland" && e.Kind == EntityKind.Institution);
    }

    [Theory]
    [InlineData("Commissioner for Information Technology Services said the harbour network was down.")]
    [InlineData("The Director of Public Prosecutions said the harbour case would proceed.")]
    [InlineData("Secretary for Home Affairs Harbour Board members met on Friday.")]
    public void A_portfolio_with_no_name_after_it_makes_no_person(string sentence) =>
        Assert.DoesNotContain(Invented.Extract("portfolio.txt", sentence).Entities, e => e.Kind == EntityKind.Person);

    [Theory]
    [InlineData("Reports that the terminal was sold to a foreign buyer are baseless, the Norvell Group in Lagos said earlier today.")]
    [InlineData("Reports that the terminal was sold to a foreign buyer are baseless, the Norvell Group in the capital Lagos said.")]
    public void A_place_between_the_speaker_and_the_verb_after_the_clause_keeps_the_speaker(string sentence)
    {
        var doc = Invented.Extract("wire.txt", sentence);
        var s = Assert.Single(doc.Statements);
        Assert.Equal("Norvell Group", doc.Entities.Single(e => e.Id == s.SpeakerId).Name);
        Assert.Equal(Stance.Denied, s.Stance);
    }

    [Fact]
    public void A_tag_with_further_after_the_verb_and_a_statement_that_read_are_attributions()
    {
        var doc = Invented.Extract("wire.txt", "The Norvell Group issued a statement on Monday.\n\n" +
            "The terminal does not sell cranes to smugglers, the Norvell Group stressed further.\n\n" +
            "The cranes were bought in Lagos in 2019, the statement read further.");
        Assert.Contains(doc.Statements, s => s.Evidence.Contains("sell cranes to smugglers", StringComparison.Ordinal) && s.Stance == Stance.Denied);
        Assert.Contains(doc.Statements, s => s.Evidence.Contains("bought in Lagos", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Maria Okafor read the report on Monday.")]
    [InlineData("Maria Okafor read a statement from the union.")]
    public void Reading_a_text_aloud_or_to_oneself_is_no_statement(string sentence) =>
        Assert.Empty(Invented.Extract("wire.txt", sentence).Statements);

    [Theory]
    [InlineData("\u201cWe did offer a refund to the family in good faith,\u201d a statement by the Harbour Authority read.")]
    [InlineData("The Harbour Authority denied the claims on Monday.\n\n\u201cWe did offer a refund to the family in good faith,\u201d the statement further read.")]
    public void A_statement_by_someone_or_further_that_read_is_a_tag(string text)
    {
        var doc = Invented.Extract("wire.txt", text);
        var authority = doc.Entities.Single(e => e.Name == "Harbour Authority").Id;
        doc.Require(authority, Stance.Said, "offer a refund");
    }

    [Fact]
    public void According_to_someones_role_and_the_name_set_off_after_it_is_the_named_person() =>
        Invented.Extract("wire.txt", "The album was delayed for marketing reasons, according to Okafor's manager, Tom Reyes.").Require("person:tom-reyes", Stance.Said, "album was delayed");

    [Fact]
    public void The_person_set_off_after_an_organisations_role_speaks() =>
        Invented.Extract("wire.txt", "Meanwhile, Northland Democratic Alliance (NDA) education spokesperson, Tom Reyes, accused the department of protecting the principal.")
            .Require("person:tom-reyes", Stance.Said, "protecting the principal");

    [Fact]
    public void Companies_reported_to_contain_something_say_nothing()
    {
        var doc = Invented.Extract("wire.txt", "Products from 11 brands, including Kedi Foods and Harlow Dairy Group, were also reported to contain the virus.");
        Assert.DoesNotContain(doc.Statements, s => doc.Entities.Single(e => e.Id == s.SpeakerId).Name is "Kedi Foods" or "Harlow Dairy Group");
    }

    [Fact]
    public void Spurning_a_complaint_rejects_it() =>
        Assert.Equal(Stance.Denied, Assert.Single(Invented.Extract("wire.txt", "The Harlow Dairy Group has spurned a complaint about its milk in the United States.").Statements).Stance);
}
