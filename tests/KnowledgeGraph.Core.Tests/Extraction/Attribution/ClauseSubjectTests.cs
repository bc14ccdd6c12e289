using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// Which clause a speech verb belongs to: a subordinate or contrasted clause has its own subject, a coordinated verb
/// continues the previous speaker only when nothing else stands before it. Invented sentences.
/// </summary>
public sealed class ClauseSubjectTests
{
    [Theory]
    [InlineData("Port director Maria Okafor met union leaders in Lagos, where Transport Minister Daniel Ekwueme insisted that the strike was illegal.", "strike was illegal")]
    [InlineData("Port director Maria Okafor met union leaders in Lagos, where Nigeria’s Daniel Ekwueme insisted that the strike was illegal.", "strike was illegal")]
    [InlineData("Port director Maria Okafor toured the terminal on Friday while Daniel Ekwueme, the transport minister, insisted that the strike was illegal.", "strike was illegal")]
    public void A_subordinate_clause_speaks_for_its_own_subject(string sentence, string snippet)
    {
        var doc = Invented.Extract("clause.txt", sentence);
        doc.Require("person:daniel-ekwueme", Stance.Said, snippet);
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:maria-okafor");
    }

    [Theory]
    [InlineData(", however board member Daniel Ekwueme has denied that the club was sold.")]
    [InlineData(", but club director Daniel Ekwueme has denied that the club was sold.")]
    public void A_clause_after_a_comma_and_a_conjunction_has_its_own_subject_though_a_description_opens_the_first(string second)
    {
        var doc = Invented.Extract("clause.txt", "Harbour FC dismissed reports linking coach Maria Okafor to Norvell.\n\n" +
            "The Spanish coach has been closely linked to Norvell in recent weeks" + second);
        doc.Require("person:daniel-ekwueme", Stance.Denied, "club was sold");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "person:maria-okafor" && x.Evidence.Contains("club was sold", StringComparison.Ordinal));
    }

    [Fact]
    public void A_however_set_off_by_commas_leaves_the_subject_before_it()
    {
        var doc = Invented.Extract("clause.txt", "Harbour FC, however, denied that the club was sold to Norvell.");
        doc.Require("institution:harbour-fc", Stance.Denied, "club was sold");
    }

    [Fact]
    public void A_name_after_the_last_comma_is_the_subject_of_the_verb_it_ends_at()
    {
        var doc = Invented.Extract("clause.txt", "Asked whether the levy would stay, since Lagos needs the money most, Maria Okafor said that the fees would fall in May.");
        Assert.Equal("person:maria-okafor", Assert.Single(doc.Statements).SpeakerId);
    }

    [Fact]
    public void A_subordinate_clause_without_a_subject_of_its_own_keeps_the_sentence_subject()
    {
        var doc = Invented.Extract("clause.txt", "Port director Maria Okafor, when asked about the port, insisted that the strike was illegal.");
        doc.Require("person:maria-okafor", Stance.Said, "illegal");
    }

    [Fact]
    public void A_contrasted_clause_with_an_unnamed_subject_is_not_the_previous_speaker()
    {
        var doc = Invented.Extract("clause.txt", "Port director Maria Okafor said the terminal would open in May, but union officials denied that any deal had been signed.");
        doc.Require("person:maria-okafor", Stance.Said, "terminal would open in May");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:maria-okafor" && s.Stance == Stance.Denied);
    }

    [Theory]
    [InlineData("Northwind Dockers Union (NDU) deputy leader Maria Okafor said the strike would end in May.", "person:maria-okafor")]
    [InlineData("Northwind Dockers Union (NDU) deputy leader Maria Okafor, who led the strike, said the strike would end in May.", "person:maria-okafor")]
    public void A_person_titled_after_an_organisation_and_its_acronym_speaks(string sentence, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Invented.Extract("clause.txt", sentence).Statements).SpeakerId);

    [Theory]
    [InlineData("Port director Maria Okafor said the terminal would open in May, but later denied that any deal had been signed.")]
    [InlineData("Port director Maria Okafor said the terminal would open in May and has denied that any deal had been signed.")]
    [InlineData("Port director Maria Okafor dismissed claims that Norvell drones had struck Ghana and denied that any deal had been signed.")]
    [InlineData("Port director Maria Okafor said the strike had hurt Northwind Logistics and denied that any deal had been signed.")]
    public void A_coordinated_verb_with_nothing_before_it_continues_the_speaker(string sentence)
    {
        var doc = Invented.Extract("clause.txt", sentence);
        doc.Require("person:maria-okafor", Stance.Denied, "deal had been signed");
        Assert.All(doc.Statements, s => Assert.Equal("person:maria-okafor", s.SpeakerId));
    }

    [Fact]
    public void Unnamed_officials_after_a_comma_speak_for_the_one_organisation_the_article_names()
    {
        var doc = Invented.Extract("clause.txt", "The Lagos Port Authority opened an inquiry on Monday.\n\n" +
            "After reviewing the camera footage, officials say none of the allegations had taken place.");
        doc.Require("institution:lagos-port-authority", Stance.Denied, "allegations had taken place");
    }

    [Fact]
    public void An_abbreviation_dot_before_a_comma_does_not_end_the_claim()
    {
        var doc = Invented.Extract("clause.txt", "Port director Maria Okafor said the company's Oakland, Calif., warehouse would close in May.");
        var s = Assert.Single(doc.Statements);
        Assert.Contains("warehouse would close", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_name_in_the_text_stays_one_word()
    {
        var doc = Invented.Extract("clause.txt", "Port director Maria Okafor said the tender was published on lagosports.gov.ng last week.");
        var s = Assert.Single(doc.Statements);
        Assert.Contains("lagosports.gov.ng", s.Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The company, which owns the terminal, has fuelled speculation by saying that the strike would end soon.", "institution:northwind-shipping-ltd")]
    [InlineData("Union leaders asked when the strike would end, but Port director Maria Okafor avoided answering and fuelled speculation by saying that the cranes had been sold.", "person:maria-okafor")]
    public void A_gerund_after_by_is_the_speech_of_its_clause_subject(string sentence, string speaker)
    {
        var doc = Invented.Extract("clause.txt", "Northwind Shipping Ltd bought the terminal on Monday.\n\n" + sentence);
        Assert.Equal(speaker, Assert.Single(doc.Statements).SpeakerId);
    }

    [Fact]
    public void An_unnamed_official_after_the_lead_is_no_one_the_article_names()
    {
        var doc = Invented.Extract("clause.txt", "Port director Maria Okafor met the transport secretary on Monday.\n\n" +
            "The talks were friendly. A senior official quoted by the outlet said the levy would not be dropped.\n\n" +
            "In the same account, the official described the strike as a threat, while adding that the port would stay open.\n\n" +
            "On Tuesday, Transport Minister Daniel Ekwueme visited the terminal.");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("official", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Claims that the terminal was sold are ‘nonsense,’ Maria Okafor says")]
    [InlineData("Claims that the terminal was sold are nonsense, Maria Okafor says")]
    public void A_clause_closed_by_a_quoted_verdict_before_its_speaker_is_denied(string headline)
    {
        var doc = Seeds.Extract("clause.txt", headline + "\n\nPort director Maria Okafor spoke to dockers on Monday.");
        var s = doc.Require("person:maria-okafor", Stance.Denied, "terminal was sold");
        Assert.DoesNotContain("nonsense", s.Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Senator Daniel Ekwueme is not seriously ill, his office has said.", "person:daniel-ekwueme", "seriously ill")]
    [InlineData("Singer Lena Marsh is not pregnant, her publicist said on Monday.", "person:lena-marsh", "pregnant")]
    public void His_or_her_office_after_a_clause_about_a_person_speaks_for_that_person(string sentence, string id, string snippet)
    {
        var doc = Invented.Extract("clause.txt", "Port director Maria Okafor opened the terminal.\n\n" + sentence);
        doc.Require(id, Stance.Denied, snippet);
    }

    [Fact]
    public void His_spokesman_named_next_in_the_lead_is_the_one_who_said_it()
    {
        var doc = Invented.Extract("clause.txt", "Palace denial\n\nPresident Daniel Ekwueme was not ill, his spokesman said on Thursday.\n\n" +
            "\"He did not really have a day off,\" said presidential spokesman Tom Reyes in a briefing.");
        doc.Require("person:tom-reyes", Stance.Denied, "was not ill");
    }

    [Fact]
    public void His_spokesman_named_by_no_one_speaks_for_him()
    {
        var doc = Invented.Extract("clause.txt", "Palace denial\n\nPresident Daniel Ekwueme was not ill, his spokesman said on Thursday.\n\n" +
            "Ekwueme is due to travel to the harbour next week.");
        doc.Require("person:daniel-ekwueme", Stance.Denied, "was not ill");
    }

    [Theory]
    [InlineData("Port director Maria Okafor spoke on Monday. She made the comments after opposition leader Daniel Ekwueme said the port was losing money.", "person:daniel-ekwueme", "losing money")]
    [InlineData("Shares of the harbour operator fell 5 percent after Norvell Holdings denied a report that it would buy the port.", "institution:norvell-holdings", "buy the port")]
    public void A_name_after_a_conjunction_and_a_description_is_the_subject_of_its_own_clause(string sentence, string id, string snippet)
    {
        var doc = Invented.Extract("clause.txt", sentence);
        Assert.Equal(id, Assert.Single(doc.Statements, s => s.Evidence.Contains(snippet, StringComparison.Ordinal)).SpeakerId);
    }

    [Fact]
    public void A_spokesman_for_a_titled_person_who_is_named_speaks_as_himself()
    {
        var doc = Invented.Extract("clause.txt", "A spokesman for Governor Elena Varga, Daniel Ekwueme, said the report was \u201Ca complete fabrication\u201D.");
        doc.Require("person:daniel-ekwueme", Stance.Denied, "fabrication");
    }

    [Fact]
    public void A_city_and_a_date_before_a_colon_are_a_dateline_not_a_speaker()
    {
        var doc = Invented.Extract("clause.txt", "Abuja, Nov 22: Daniel Ekwueme today termed as \u201Ccompletely baseless\u201D reports that the port was sold.");
        var s = doc.Require("person:daniel-ekwueme", Stance.Denied, "port was sold");
        Assert.Equal("The port was sold", s.Claim);
        Assert.Single(doc.Statements);
    }

    [Theory]
    [InlineData("Norvell Group dismissed as \u201Cbaseless\u201D allegations by Daniel Ekwueme that the port was sold.")]
    [InlineData("Norvell Group termed the claims that the port was sold \u201Cbaseless\u201D.")]
    [InlineData("Norvell Group rejected claims by the union that the port was sold.")]
    [InlineData("Norvell Group rejected as baseless the allegations of Harbour Party (HP) president and lawyer Daniel Ekwueme that the port was sold.")]
    public void A_verdict_before_its_object_or_a_claimant_before_the_claim_denies_the_claim(string sentence)
    {
        // A claimant the text names also says the claim, as a statement of its own ("allegations by Daniel Ekwueme that …").
        var s = Assert.Single(Invented.Extract("clause.txt", sentence).Statements, s => s.Stance == Stance.Denied);
        Assert.Equal(("institution:norvell-group", "The port was sold"), (s.SpeakerId, s.Claim));
    }

    [Fact]
    public void A_country_after_an_organisation_names_its_branch_not_the_government()
    {
        var doc = Invented.Extract("clause.txt", "Norvell Group Kenya has rejected the claims about the port as untrue.");
        Assert.Equal("institution:norvell-group", Assert.Single(doc.Statements).SpeakerId);
    }

    [Fact]
    public void A_denial_reported_inside_a_quotation_is_not_the_quoting_speakers()
    {
        var doc = Invented.Extract("clause.txt", "\u201CI raised the sale of the terminal with him, and he vigorously denied the allegations,\u201D Maria Okafor said.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:maria-okafor" && s.Stance == Stance.Denied);
    }

    [Fact]
    public void The_name_after_an_echoing_noun_denies_the_clause_before()
    {
        var doc = Invented.Extract("clause.txt", "Councillor Daniel Ekwueme accused Maria Okafor of leaking harbour documents, a claim Okafor strongly denies.");
        doc.Require("person:maria-okafor", Stance.Denied, "strongly denies");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:daniel-ekwueme" && s.Stance == Stance.Denied);
    }

    [Theory]
    [InlineData("Port director Maria Okafor denied the report, while claiming that the levy had been paid.")]
    [InlineData("Port director Maria Okafor denied the report while insisting that the levy had been paid.")]
    [InlineData("Port director Maria Okafor rejected the report, after saying that the levy had been paid.")]
    public void A_gerund_after_while_or_after_continues_the_sentences_speaker(string sentence)
    {
        var doc = Invented.Extract("clause.txt", sentence);
        var s = doc.Require("person:maria-okafor", Stance.Said, "levy had been paid");
        Assert.DoesNotContain("report", s.Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("As Crown Advocate Daniel Ekwueme went into detail about the charges, Maria Okafor stopped him and said, \u201cYou are making me feel sick right now.\u201d He denied that he had ever touched the girl.")]
    [InlineData("When Daniel Ekwueme, the prosecutor, went into detail about the charges, Maria Okafor stopped him and said, \u201cYou are making me feel sick right now.\u201d He denied that he had ever touched the girl.")]
    public void A_sentence_opened_by_a_subordinate_clause_speaks_for_the_subject_after_its_comma(string text)
    {
        var doc = Invented.Extract("clause.txt", "Daniel Ekwueme said the port would close in May.\n\nMaria Okafor was charged.\n\n" + text);
        doc.Require("person:maria-okafor", Stance.Said, "making me feel sick");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:daniel-ekwueme" && s.Evidence.Contains("sick", StringComparison.Ordinal));
        doc.Require("person:maria-okafor", Stance.Denied, "touched the girl"); // "he" goes on with the one who spoke, not the opening clause's subject
    }

    [Fact]
    public void A_subordinate_clause_that_holds_the_speech_verb_is_its_own()
    {
        var doc = Invented.Extract("clause.txt", "As Daniel Ekwueme said on Monday, the port would close in May, and Maria Okafor agreed.");
        Assert.Contains(doc.Statements, s => s.SpeakerId == "person:daniel-ekwueme");
    }

    [Fact]
    public void A_pronoun_after_an_opening_phrase_is_the_subject()
    {
        var doc = Invented.Extract("clause.txt", "Maria Okafor spoke on Friday.\n\nIn a radio interview she described the report as \u201cnonsense and a downright lie.\u201d");
        doc.Require("person:maria-okafor", Stance.Denied, "described the report");
    }

    [Fact]
    public void A_pronoun_in_a_relative_clause_after_a_preposition_is_not_the_last_speaker()
    {
        var doc = Invented.Extract("clause.txt", "Port director Maria Okafor has discredited claims that the port was sold.\n\n" +
            "A viral clip has a presenter reading a supposed bulletin in which he claims the harbour master fled to Lagos with the cash.");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("fled to Lagos", StringComparison.Ordinal) && s.SpeakerId == "person:maria-okafor");
    }

    [Theory]
    [InlineData("Attorneys of Tom Reyes denied reports that the former mayor met the smugglers.")]
    [InlineData("Lawyers for Tom Reyes denied reports that the former mayor met the smugglers.")]
    [InlineData("A lawyer for Tom Reyes denied reports that the former mayor met the smugglers.")]
    [InlineData("A rep for Tom Reyes denied reports that the former mayor met the smugglers.")]
    public void Lawyers_of_a_named_person_speak_as_that_person(string sentence) =>
        Invented.Extract("clause.txt", sentence).Require("person:tom-reyes", Stance.Denied, "met the smugglers");

    [Theory]
    [InlineData("The three Government ministers who attended the Kenya - Italy game have rejected claims that one of them made a scene in the box.")]
    [InlineData("Two senators who met Maria Okafor in Lagos have rejected claims that one of them made a scene in the box.")]
    public void A_name_inside_the_relative_clause_of_a_plural_description_is_not_its_subject(string sentence)
    {
        var doc = Invented.Extract("clause.txt", sentence);
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("made a scene", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_set_off_after_the_relative_clause_still_speaks()
    {
        var doc = Invented.Extract("clause.txt", "The firm which raised the alarm about the leaks, Hudson Rock, said the data was stolen.");
        doc.Require(Assert.Single(doc.Entities, e => e.Name == "Hudson Rock").Id, Stance.Said, "data was stolen");
    }

    [Fact]
    public void A_lawyer_for_a_firm_named_himself_speaks_himself()
    {
        var doc = Invented.Extract("clause.txt", "A lawyer for the firm, Jane Roe, has denied reports that the former mayor met the smugglers.");
        doc.Require("person:jane-roe", Stance.Denied, "met the smugglers");
    }

    [Fact]
    public void A_passive_participle_set_off_after_a_name_is_no_speech()
    {
        var doc = Invented.Extract("clause.txt", "Maria Okafor, accused last year of misconduct, says that she refutes the accusations.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal(("person:maria-okafor", Stance.Denied), (s.SpeakerId, s.Stance));
        Assert.DoesNotContain("misconduct", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void An_active_accusation_after_an_apposition_still_speaks() =>
        Invented.Extract("clause.txt", "The union's spokesperson, Maria Okafor, accused the department of protecting the principal.")
            .Require("person:maria-okafor", Stance.Said, "protecting the principal");

    [Fact]
    public void The_spokesperson_named_in_a_fronted_through_phrase_speaks() =>
        Invented.Extract("clause.txt", "Through its spokesperson Maria Okafor, the Harbour Authority issued a statement denying any involvement in the strike.")
            .Require("person:maria-okafor", Stance.Denied, "involvement in the strike");

    [Fact]
    public void A_name_inside_a_fronted_participle_phrase_is_not_the_subject_after_its_comma()
    {
        // "the Minister" fits no one here, so there is no speaker: never the name the phrase is about.
        var doc = Invented.Extract("fronted.txt", "Defending the arrest of HP chief and Leader of the Opposition Daniel Ekwueme in the port case, the Minister said that the police had acted lawfully.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:daniel-ekwueme");
    }

    [Fact]
    public void A_title_with_two_portfolios_joined_by_and_is_the_role_a_later_description_fits()
    {
        var doc = Invented.Extract("portfolio.txt", "Minister for Forests and Energy P. Kwame Otchere spoke at the harbour on Monday.\n\n" +
            "Defending the arrest of opposition leader Daniel Ekwueme in the port case, the Minister said that the police had acted lawfully.");
        Assert.Equal("Minister for Forests and Energy", Assert.Single(doc.Entities, e => e.Id == "person:p-kwame-otchere").Role);
        doc.Require("person:p-kwame-otchere", Stance.Said, "acted lawfully");
    }

    [Theory]
    [InlineData("The firm which raised the alarm about the leaked files, Quarry Rock, said it disputed the findings.", Stance.Denied)]
    [InlineData("The company that first reported the breach, Quarry Rock, said the files were stolen.", Stance.Said)]
    public void A_description_with_a_relative_clause_names_the_organisation_set_off_after_it(string sentence, Stance stance)
    {
        var doc = Invented.Extract("firm.txt", "Northwind Holdings said on Monday that the files were old.\n\n" + sentence);
        var firm = Assert.Single(doc.Entities, e => e.Name == "Quarry Rock");
        Assert.Equal(EntityKind.Institution, firm.Kind);
        var s = Assert.Single(doc.Statements, s => s.Evidence.Contains("Quarry Rock", StringComparison.Ordinal));
        Assert.Equal((firm.Id, stance), (s.SpeakerId, s.Stance));
        Assert.Empty(s.ReportedBy);
    }

    [Theory]
    [InlineData("QRS Records, the agency representing singer Zorbeo, has denied reports that the singer is dating the mayor.", Stance.Denied, "the singer is dating the mayor")]
    [InlineData("QRS Records, which released its denial a day after Zorbeo's agency, also explained that it took some time to reply.", Stance.Said, "it took some time to reply")]
    [InlineData("QRS Records, the agency representing singer and former band member Jane Roe, has denied reports that the singer is dating the mayor.", Stance.Denied, "the singer is dating the mayor")]
    public void A_name_opening_the_sentence_is_the_subject_past_a_description_set_off_by_commas(string sentence, Stance stance, string snippet)
    {
        var doc = Invented.Extract("set-off.txt", sentence);
        doc.Require("institution:qrs-records", stance, snippet);
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId != "institution:qrs-records");
    }

    [Theory]
    [InlineData("QRS Records, the agency representing singer Zorbeo, has denied reports that the singer is dating the mayor. ")]
    [InlineData("A harbour spokesman denied a report by the state news agency QRS Records that the singer is dating the mayor. ")]
    [InlineData("The Syrian Arab News Agency said the singer is dating the mayor. ")]
    public void The_noun_an_organisation_was_described_with_names_it_later(string first)
    {
        var doc = Invented.Extract("described.txt", first + "\"The two have been close friends since school,\" the agency stated.");
        Assert.Single(doc.Statements, s => s.Evidence.Contains("close friends since school", StringComparison.Ordinal) &&
            doc.Entities.Single(e => e.Id == s.SpeakerId).Name is "QRS Records" or "SANA");
    }

    [Fact]
    public void A_verb_in_a_clause_opened_by_where_has_its_subject_after_where()
    {
        var doc = Invented.Extract("where.txt", "This was disclosed in a statement by the board's press officer, Jane Roe, where the Commissioner for Ports, " +
            "Dr. Tom Quimby, said the pier would close on Friday.");
        doc.Require("person:tom-quimby", Stance.Said, "the pier would close");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:jane-roe");
    }

    [Fact]
    public void A_where_clause_closed_before_the_verb_leaves_it_to_the_main_subject()
    {
        var doc = Invented.Extract("where.txt", "Tom Quimby, while speaking in Oslo, where he attended a summit, said the pier would close on Friday.");
        var s = doc.Require("person:tom-quimby", Stance.Said, "the pier would close");
        Assert.StartsWith("Tom Quimby", s.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A UK newspaper this morning reported details of a document about the harbour.")]
    [InlineData("A Norwegian broadcaster reported on Monday that the harbour would close.")]
    public void A_country_naming_an_unnamed_outlet_is_no_speaker(string sentence)
    {
        var doc = Invented.Extract("outlet-country.txt", sentence);
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId.StartsWith("institution:government-of", StringComparison.Ordinal));
    }

    [Fact]
    public void A_countrys_officials_still_speak_for_its_government()
    {
        var doc = Invented.Extract("outlet-country.txt", "UK officials said on Monday that the harbour plan was dropped.");
        Assert.Contains(doc.Statements, s => s.SpeakerId.StartsWith("institution:government-of-united-kingdom", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Mr Tom Quimby has now gone public in denying any involvement in the robbery.", Stance.Denied, "involvement")]
    [InlineData("Mayor Jane Roe was right in saying that the pier was unsafe.", Stance.Said, "the pier was unsafe")]
    public void A_speech_gerund_after_in_is_the_subjects_statement(string sentence, Stance stance, string snippet)
    {
        var s = Assert.Single(Invented.Extract("in-gerund.txt", sentence).Statements);
        Assert.Equal(stance, s.Stance);
        Assert.Contains(snippet, s.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Interest_in_saying_something_is_no_statement()
    {
        Assert.Empty(Invented.Extract("in-gerund.txt", "Mayor Jane Roe was interested in saying hello to the harbour board.").Statements);
    }

    [Fact]
    public void A_name_with_its_acronym_in_brackets_is_the_subject_past_a_description_set_off_by_commas()
    {
        var doc = Invented.Extract("set-off.txt", "QRS Records (QRS), the agency representing singer Zorbeo, has denied reports that the singer is dating the mayor. " +
            "\"The two have been close friends since school,\" the agency stated.");
        doc.Require("institution:qrs-records", Stance.Denied, "the singer is dating the mayor");
        doc.Require("institution:qrs-records", Stance.Said, "close friends since school");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId != "institution:qrs-records");
    }

    [Fact]
    public void An_organisation_described_with_an_owners_noun_is_that_noun_later()
    {
        var doc = Invented.Extract("set-off.txt", "Zorbeo Partners said on Monday that the pier was unsafe. QRS Records, the city's oldest agency, " +
            "disputed that on Tuesday. \"The pier was inspected in May,\" the agency said.");
        doc.Require("institution:qrs-records", Stance.Said, "inspected in May");
    }

    [Fact]
    public void A_suit_speaks_for_the_one_who_filed_it()
    {
        var doc = Invented.Extract("suit.txt", "A day later, Tom Quimby filed a lawsuit in Denver seeking damages. \"We will not be settling the lawsuit,\" " +
            "university spokesman Ken Roe said. The suit claims that the decision to fire Quimby was retaliation.");
        doc.Require("person:tom-quimby", Stance.Said, "was retaliation");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:ken-roe" && s.Evidence.Contains("retaliation", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Tom Quimby filed a lawsuit in Denver on Monday. The suit claims that the dean ignored his complaints. It also says the dean retaliated against him.", "person:tom-quimby")]
    [InlineData("Acme Corp filed a complaint with the regulator. The complaint alleges that Beta Ltd copied its designs. It further claims that the dean retaliated against him.", "institution:acme-corp")]
    public void It_after_a_document_that_spoke_goes_on_with_the_documents_speaker(string text, string speaker)
    {
        var doc = Invented.Extract("suit.txt", text);
        doc.Require(speaker, Stance.Said, "dean retaliated");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId != speaker && s.Evidence.Contains("retaliated", StringComparison.Ordinal));
    }

    [Fact]
    public void It_after_an_organisation_that_spoke_in_its_own_name_is_still_that_organisation()
    {
        var doc = Invented.Extract("suit.txt", "Acme Corp said in a statement that it had laid off no workers. It added that the report was false.");
        doc.Require("institution:acme-corp", Stance.Denied, "report");
    }

    [Theory]
    [InlineData("The harbour board in the storm-hit northern city said on Monday that the terminal had been sold.", "institution:harbour-board")]
    [InlineData("A spokesman for the Harbour Board in the northern city said on Monday that the terminal had been sold.", "institution:harbour-board")]
    public void A_place_phrase_after_the_subject_does_not_hide_the_verb(string sentence, string speaker)
    {
        var doc = Invented.Extract("place.txt", "The Harbour Board met on Sunday.\n\n" + sentence);
        doc.Require(speaker, Stance.Said, "terminal had been sold");
    }

    [Fact]
    public void A_participle_after_a_place_phrase_is_still_no_speech()
    {
        var doc = Invented.Extract("place.txt", "The Harbour Board met on Sunday.\n\nThe emergency in the northern city declared last week was lifted.");
        Assert.Empty(doc.Statements);
    }

    [Fact]
    public void A_places_ministry_spokesman_is_the_ministrys_and_so_is_his_he()
    {
        var doc = Invented.Extract("ministry.txt", "Gaza's health ministry said on Monday that a clinic was hit.\n\n" +
            "Gaza's health ministry spokesman said 170 patients were in the building at the time. He said several nurses were wounded.");
        var ministry = Assert.Single(doc.Entities, e => e.Kind == EntityKind.Institution && e.Name.Contains("Health", StringComparison.Ordinal)).Id;
        doc.Require(ministry, Stance.Said, "170 patients");
        doc.Require(ministry, Stance.Said, "nurses were wounded");
    }

    [Fact]
    public void Two_outlets_named_with_their_kind_before_the_verb_speak()
    {
        var doc = Invented.Extract("outlets.txt", "Earlier, Al Jazeera TV and Hamas-affiliated Al Aqsa radio said the clinic had been hit.");
        Assert.Contains(doc.Statements, s => s.Claim.Contains("clinic had been hit", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_name_after_a_prepositional_relative_is_its_clauses_subject()
    {
        var doc = Invented.Extract("relative.txt", "Port row\n\nA video was circulated in which Maria Okafor alleges that the port was sold to a foreign buyer.");
        doc.Require("person:maria-okafor", Stance.Said, "port was sold");
    }

    [Fact]
    public void A_pronoun_after_a_prepositional_relative_stays_the_unnamed_voice()
    {
        var doc = Invented.Extract("relative.txt", "Port row\n\nMaria Okafor met the board.\n\nA bulletin was aired in which he claims that the port was sold to a foreign buyer.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:maria-okafor" && s.Evidence.Contains("port was sold", StringComparison.Ordinal));
    }

    [Fact]
    public void A_weak_verb_after_a_listener_and_a_pronoun_belongs_to_the_unnamed_teller()
    {
        var doc = Invented.Extract("clause.txt", "Harlow Rovers footballer Tom Reyes spoke on Monday.\n\n" +
            "A witness has told the court he thought Reyes was drunk before the attack, but the footballer said he had never been near drink.");
        Assert.DoesNotContain(doc.Statements, s => s.Claim.Contains("drunk before the attack", StringComparison.Ordinal));
        var s = doc.Require("person:tom-reyes", Stance.Denied, "never been near drink");
        Assert.StartsWith("the footballer said", s.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_set_off_after_a_description_with_a_possessive_speaks()
    {
        var doc = Invented.Extract("clause.txt", "President Tamara Okoro spoke on Monday.\n\n" +
            "The head of the labour minister’s Harbour Workers Party in the lower house, Jonas Reyes, told the Harbour Times the accusations should be investigated.");
        doc.Require("person:jonas-reyes", Stance.Said, "accusations should be investigated");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:tamara-okoro");
    }
    [Theory]
    [InlineData("Tensions in the harbour have eased since the April meeting, Ruan said, adding that the report shows the port wants calm.", "port wants calm")]
    [InlineData("Tensions in the harbour have eased since the April meeting, Jane Roe told reporters, noting that the report shows the port wants calm.", "port wants calm")]
    public void A_fronted_clause_then_the_speaker_then_adding_gives_two_statements(string sentence, string added)
    {
        var doc = Invented.Extract("clause.txt", "Analyst Ruan Zongze and Jane Roe spoke in Beijing.\n\n" + sentence);
        var fronted = doc.Statements.Single(x => x.Evidence.StartsWith("Tensions in the harbour", StringComparison.Ordinal));
        Assert.StartsWith("Tensions in the harbour have eased", fronted.Claim, StringComparison.Ordinal);
        Assert.Contains(doc.Statements, x => x.SpeakerId == fronted.SpeakerId && x.Claim.Contains(added, StringComparison.Ordinal) && x != fronted);
    }
    [Fact]
    public void He_after_comma_and_is_the_person_who_opens_the_sentence()
    {
        var doc = Invented.Extract("clause.txt", "President Tom Hale said on Sunday that Norvale would make a deal.\n\n" +
            "Jane Roe is Norvale's deputy foreign minister and its top diplomat for harbour affairs, and she says the port is even now exchanging messages with Hale's office.");
        doc.Require("person:jane-roe", Stance.Said, "exchanging messages");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "person:tom-hale" && x.Evidence.Contains("exchanging", StringComparison.Ordinal));
    }
    [Theory]
    [InlineData("Harbour media reported that the interview had ignited a feud but the 52-year-old said the reports were \"rubbish\".")]
    [InlineData("Harbour media reported that the interview had ignited a feud but the Western Australian said the reports were \"rubbish\".")]
    [InlineData("Harbour media reported that the interview had ignited a feud but the Brazilian said the reports were \"rubbish\".")]
    public void A_person_described_only_by_age_or_origin_is_the_one_the_article_is_about(string sentence)
    {
        var doc = Invented.Extract("coach.txt", "Former coach Tom Hale has denied reports of a rift with the team. Hale spoke on Monday.\n\n" +
            "Harbour board chief Jane Roe said the former coach had unfairly criticised the players.\n\n" + sentence + "\n\n" +
            "\"I spoke to the captain on Monday,\" he said.");
        doc.Require("person:tom-hale", Stance.Denied, "reports were");
        doc.Require("person:tom-hale", Stance.Said, "spoke to the captain");
    }
    [Theory]
    [InlineData("In a statement the actress called the reports baseless.")]
    [InlineData("After the report was published and the fans started to go with the flow, in a statement the actress called the reports baseless.")]
    public void A_statement_named_before_the_subject_without_a_comma_governs_no_subject(string sentence)
    {
        var doc = Invented.Extract("star.txt", "Actress Jane Roe has slammed reports that she turned down a film.\n\n" + sentence);
        doc.Require("person:jane-roe", Stance.Denied, "called the reports baseless");
    }
    [Theory]
    [InlineData("At the hearing Hale said the report was false.", "the report was false")]
    [InlineData("In cross examination Hale denied telling the officer he killed the man.", "denied telling the officer")]
    [InlineData("In court Hale denied the claim.", "denied the claim")]
    public void A_short_phrase_of_common_words_opening_the_sentence_leaves_the_name_after_it_the_subject(string sentence, string snippet)
    {
        var doc = Invented.Extract("court.txt", "Defendant Tom Hale gave evidence on Monday.\n\n" + sentence);
        doc.Require("person:tom-hale", Stance.Denied, snippet);
    }

    [Fact]
    public void A_name_right_after_an_opening_preposition_is_still_its_object()
    {
        var doc = Invented.Extract("court.txt", "Defendant Tom Hale gave evidence on Monday.\n\nWith Hale the club won the league, the report said.");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "person:tom-hale" && x.Evidence.Contains("won the league", StringComparison.Ordinal));
    }
}
