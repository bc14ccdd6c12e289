using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Who a subject is, on invented sentences: a surname that is also a month, a city that speaks as its club, "the
/// &lt;Country&gt; government" with another country later, a country adjective on an unnamed person, a country that is
/// also a given name inside a titled name, a building's spokesperson, ambiguous aliases read by the article's country,
/// abbreviated ranks.
/// </summary>
public sealed class SpeakerIdentityTests
{
    private static ExtractedDocument Extract(string body) => Invented.Extract("speakers.txt", body);

    [Theory]
    [InlineData("Prime Minister Theresa May said the deal was fair to both sides.", "person:theresa-may")]
    [InlineData("Brian May said the band would tour in the autumn.", "person:brian-may")]
    [InlineData("Lena April said the band would tour in the autumn.", "person:lena-april")]
    public void A_month_after_a_given_name_is_a_surname(string sentence, string speaker) =>
        Extract(sentence).Require(speaker, Stance.Said, sentence.Substring(sentence.IndexOf(" said ", StringComparison.Ordinal), 14));

    [Fact]
    public void A_month_next_to_a_number_stays_a_date()
    {
        var doc = Extract("The talks ended on Friday May 5 without a deal.\n\nKofi Mensah said the harbour deal was fair to both sides.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("May", StringComparison.Ordinal));
        doc.Require("person:kofi-mensah", Stance.Said, "harbour deal was fair");
    }

    [Fact]
    public void A_month_surname_alone_is_the_person_where_no_date_is_meant()
    {
        var doc = Extract("Prime Minister Theresa May said the deal was fair to both sides.\n\nMrs May denied the report about the cabinet split.\n\n" +
            "May also said the talks with the unions would go on.\n\nThe vote in May was close to the wire, Kofi Mensah said.");
        doc.Require("person:theresa-may", Stance.Denied, "cabinet split");
        doc.Require("person:theresa-may", Stance.Said, "talks with the unions");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:theresa-may" && s.Evidence.Contains("vote", StringComparison.Ordinal));
    }

    [Fact]
    public void A_modal_before_a_base_form_still_makes_no_statement()
    {
        var doc = Extract("Officials may deny the report about the harbour sale next week.");
        Assert.Empty(doc.Statements);
    }

    [Theory]
    [InlineData("Liverpool have denied that Marco Lenz has handed in a transfer request.", "institution:liverpool")]
    [InlineData("Chelsea have denied that Marco Lenz has handed in a transfer request.", "institution:chelsea")]
    [InlineData("The agent claimed a bid was made, but Leicester have denied that Marco Lenz has handed in a transfer request.", "institution:leicester")]
    public void A_city_or_name_with_a_plural_verb_speaks_as_its_club(string sentence, string club)
    {
        var doc = Extract(sentence);
        doc.Require(club, Stance.Denied, "transfer request");
        Assert.Equal(EntityKind.Institution, doc.Entities.Single(e => e.Id == club).Kind);
    }

    [Fact]
    public void Cities_joined_by_and_before_a_plural_verb_stay_places()
    {
        var doc = Extract("Leeds and Leicester are the two cities on the shortlist, Kofi Mensah said.");
        Assert.All(doc.Entities.Where(e => e.Name is "Leeds" or "Leicester"), e => Assert.Equal(EntityKind.Place, e.Kind));
    }

    [Theory]
    [InlineData("The Uganda government has denied deploying troops in Kenya.")]
    [InlineData("The Ugandan government has denied deploying troops in Kenya.")]
    [InlineData("Uganda has denied deploying troops in Kenya.")]
    public void A_country_the_registry_lacks_still_has_its_own_government(string sentence)
    {
        var doc = Extract(sentence);
        doc.Require("institution:government-of-uganda", Stance.Denied, "deploying troops");
        Assert.Equal("Government of Uganda", doc.Entities.Single(e => e.Id == "institution:government-of-uganda").Name);
    }

    [Theory]
    [InlineData("The Nigerian army has denied deploying troops in Niger.", "institution:nigerian-army")]
    [InlineData("The Ghanaian military has denied deploying troops in Togo.", "institution:ghanaian-military")]
    public void A_national_army_written_in_lower_case_is_an_institution(string sentence, string speaker) =>
        Extract(sentence).Require(speaker, Stance.Denied, "deploying troops");

    [Fact]
    public void A_country_person_noun_is_nobody_the_text_names()
    {
        var doc = Extract("A US lawyer for the firm has denied the claims about the harbour sale.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId.StartsWith("institution:government", StringComparison.Ordinal));
    }

    [Fact]
    public void A_country_person_noun_with_a_name_in_apposition_is_that_person()
    {
        var doc = Extract("A senior US lawyer for the firm, Jane Roe, has denied the claims about the harbour sale.");
        doc.Require("person:jane-roe", Stance.Denied, "the claims");
    }

    [Fact]
    public void A_country_official_still_speaks_for_its_government()
    {
        var doc = Extract("A US official has denied the claims about the harbour sale.");
        doc.Require("institution:government-of-united-states", Stance.Denied, "the claims");
    }

    [Theory]
    [InlineData("Foreign Minister Israel Katz denied the report about the ceasefire talks.", "person:israel-katz")]
    [InlineData("Defence Minister Jordan Pike denied the report about the ceasefire talks.", "person:jordan-pike")]
    public void A_country_that_is_also_a_given_name_opens_a_titled_name(string sentence, string speaker)
    {
        var doc = Extract(sentence);
        doc.Require(speaker, Stance.Denied, "ceasefire talks");
        Assert.DoesNotContain(doc.Entities, e => e.Name is "Katz" or "Pike");
    }

    [Fact]
    public void A_country_after_a_title_before_a_possessive_stays_the_country()
    {
        var doc = Extract("Foreign Minister Israel's envoy denied the report about the ceasefire talks.");
        Assert.DoesNotContain(doc.Entities, e => e.Kind == EntityKind.Person && e.Name.StartsWith("Israel", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A Buckingham Palace spokeswoman said the story about the prince was untrue.", "institution:buckingham-palace")]
    [InlineData("A Harlow Castle spokesman said the story about the prince was untrue.", "institution:harlow-castle")]
    public void A_buildings_spokesperson_speaks_for_the_institution_of_that_name(string sentence, string speaker) =>
        Extract(sentence).Require(speaker, Stance.Denied, "the story");

    [Fact]
    public void A_lone_institution_noun_before_spokesperson_names_no_institution()
    {
        var doc = Extract("The Home Ministry dismissed the report.\n\nA Ministry spokesperson said the leak of the report did not come from the harbour office.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Ministry");
    }

    [Fact]
    public void A_building_visited_stays_a_place()
    {
        var doc = Extract("Tourists gathered outside Buckingham Palace on Sunday, Kofi Mensah said.");
        Assert.Equal(EntityKind.Place, doc.Entities.Single(e => e.Name == "Buckingham Palace").Kind);
    }

    [Fact]
    public void The_Times_in_british_copy_is_the_london_paper()
    {
        var doc = Extract("LONDON \u2014 Downing Street said the claim on the front page of the Times about the budget was wrong.");
        Assert.Contains(doc.Entities, e => e.Id == "institution:the-times-uk");
        Assert.DoesNotContain(doc.Entities, e => e.Id == "institution:the-new-york-times");
    }

    [Fact]
    public void The_Times_elsewhere_stays_the_new_york_paper()
    {
        var doc = Extract("WASHINGTON \u2014 The White House said the claim on the front page of the Times about the budget was wrong.");
        Assert.Contains(doc.Entities, e => e.Id == "institution:the-new-york-times");
    }

    [Fact]
    public void The_Foreign_Office_outside_britain_is_the_ministry_of_the_articles_country()
    {
        var doc = Extract("ISLAMABAD: The Foreign Office Spokesperson said the remarks by the envoy were baseless.");
        doc.Require("institution:ministry-of-foreign-affairs-of-pakistan", Stance.Denied, "the remarks");
        Assert.Equal("Ministry of Foreign Affairs of Pakistan", doc.Entities.Single(e => e.Id == "institution:ministry-of-foreign-affairs-of-pakistan").Name);
    }

    [Fact]
    public void The_Foreign_Office_of_a_national_domain_is_that_countrys_ministry()
    {
        var doc = Seeds.Extract("domain.txt", "URL: https://news.example.pk/story\n\nHarbour dispute\n\n" +
            "Referring to a message sent to Washington, the Foreign Office spokesperson said the article in the Financial Times was a total fabrication.");
        doc.Require("institution:ministry-of-foreign-affairs-of-pakistan", Stance.Denied, "total fabrication");
    }

    [Fact]
    public void The_Foreign_Office_in_british_copy_is_the_fcdo()
    {
        var doc = Extract("LONDON \u2014 The Foreign Office said the remarks by the envoy were baseless.");
        doc.Require("institution:foreign-commonwealth-and-development-office", Stance.Denied, "the remarks");
    }

    [Fact]
    public void An_outlets_it_is_no_country()
    {
        var doc = Extract("LONDON \u2014 Downing Street criticised the budget story.\n\nThe Times said it stood by the story about the budget and the harbour.");
        Assert.DoesNotContain(doc.Statements, s => s.Claim.Contains("United Kingdom", StringComparison.Ordinal));
    }

    [Fact]
    public void An_abbreviated_rank_is_a_title_and_the_ranked_surname_the_same_person()
    {
        var doc = Extract("Brig Felix Otieno said the troops were safe in the border town.\n\nThe soldiers were not harmed at the border, Brig Otieno tweeted.");
        doc.Require("person:felix-otieno", Stance.Said, "troops were safe");
        doc.Require("person:felix-otieno", Stance.Denied, "not harmed");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("Brig", StringComparison.Ordinal));
    }

    [Fact]
    public void A_committee_title_is_no_part_of_the_name_and_a_short_given_name_is_the_same_person()
    {
        var doc = Extract("Deputy Ranking Member Samuel Nartey George said the deal was bad for the country.\n\n" +
            "\u201CThe contract is a scam on the people of the north,\u201D Sam George said.");
        doc.Require("person:samuel-nartey-george", Stance.Said, "deal was bad");
        doc.Require("person:samuel-nartey-george", Stance.Said, "The contract is a scam");
    }

    [Fact]
    public void A_title_before_a_name_after_a_comma_is_no_apposition_to_the_words_before_it()
    {
        var doc = Extract("The report came after the Harbour Army Commander of Land Forces, Lt Gen Tomas Okonkwo, tweeted statements in support of the rebels.");
        doc.Require("person:tomas-okonkwo", Stance.Said, "statements in support");
        Assert.DoesNotContain(doc.Entities, e => e.Kind == EntityKind.Person && e.Name.Contains("Commander", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ranked_name_in_apposition_to_a_spokesperson_is_the_speaker()
    {
        var doc = Extract("Harbour Army officers met on Monday.\n\nHowever, the army spokesperson, Brig Felix Otieno, yesterday said the report about the border was a total fabrication.");
        doc.Require("person:felix-otieno", Stance.Denied, "total fabrication");
    }

    [Theory]
    [InlineData("Malaca\u00F1ang on Thursday denied rumours that the president was in hospital.", "institution:government-of-philippines")]
    [InlineData("Malacanang said the report was false.", "institution:government-of-philippines")]
    [InlineData("Aso Rock said the report was false.", "institution:government-of-nigeria")]
    [InlineData("The Casa Rosada said the report was false.", "institution:government-of-argentina")]
    public void A_seat_of_government_speaks_as_its_government(string sentence, string speaker) =>
        Assert.Equal((speaker, Stance.Denied), (Assert.Single(Extract(sentence).Statements).SpeakerId, Assert.Single(Extract(sentence).Statements).Stance));

    [Theory]
    [InlineData("A rep for Selena Marquez said the story was completely false.")]
    [InlineData("A publicist for Selena Marquez said the story was completely false.")]
    public void A_rep_or_publicist_for_a_person_speaks_as_that_person(string sentence) =>
        Assert.Equal("person:selena-marquez", Assert.Single(Extract(sentence).Statements).SpeakerId);

    [Theory]
    [InlineData("Karanja Wambua has dismissed the claims.", "person:karanja-wambua")]
    [InlineData("Themba Dlamini had denied the claims.", "person:themba-dlamini")]
    [InlineData("Northgate Bank has denied the claims.", "institution:northgate-bank")]
    [InlineData("Zorvex Corp has denied the claims.", "institution:zorvex-corp")]
    [InlineData("Zorvex Co has denied the claims.", "institution:zorvex-co")]
    public void Two_unlisted_capitalised_words_that_speak_are_a_person_unless_an_organisation_word_says_otherwise(string sentence, string speaker)
    {
        var s = Assert.Single(Extract(sentence).Statements);
        Assert.Equal((speaker, Stance.Denied), (s.SpeakerId, s.Stance));
    }

    [Fact]
    public void He_after_an_unlisted_person_is_that_person()
    {
        var doc = Extract("Interior secretary Karanja Wambua has dismissed as baseless claims he is behind the plot against Senator Paul Kamau.\n\nHe said the country should not allow political interference.");
        doc.Require("person:karanja-wambua", Stance.Said, "should not allow");
    }

    [Theory]
    [InlineData("Finance minister Grace Banda spoke on Monday.\n\nBanda said the claims were false.", "person:grace-banda")]
    [InlineData("Governor Musa Bello spoke on Monday.\n\nBello said the claims were false.", "person:musa-bello")]
    public void A_surname_that_is_also_a_town_is_the_person_named_with_it(string body, string speaker)
    {
        var doc = Extract(body);
        Assert.Equal(speaker, Assert.Single(doc.Statements).SpeakerId);
        Assert.DoesNotContain(doc.Entities, e => e.Kind == EntityKind.Place);
    }

    [Fact]
    public void A_country_is_still_a_country_when_a_person_carries_its_name()
    {
        var doc = Extract("Coach Alan Jordan spoke on Monday.\n\nJordan's foreign ministry said the claims were false.");
        Assert.Contains(doc.Entities, e => e.Kind == EntityKind.Place && e.Name == "Jordan");
    }

    [Theory]
    [InlineData("Harbour Workers Party presidency spokesman Themba Dlamini has denied the allegations.", "person:themba-dlamini")]
    [InlineData("Harbour Workers Party federal spokesman John Steen said the report was false.", "person:john-steen")]
    [InlineData("Harbour Workers Party spokesman John Steen said the report was false.", "person:john-steen")]
    [InlineData("Northgate Bank has denied the allegations.", "institution:northgate-bank")]
    public void A_titled_person_after_an_organisation_and_its_modifiers_is_the_speaker(string sentence, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Extract(sentence).Statements).SpeakerId);

    [Fact]
    public void Police_before_a_title_and_a_name_is_the_persons_description_not_the_sole_organisation()
    {
        var doc = Extract("Police commander Joseph Mwangi said no officer visited the house.\n\nCeltic manager Erik Lindqvist said the club would not sell its captain.");
        doc.Require("person:joseph-mwangi", Stance.Denied, "no officer visited");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:celtic");
    }

    [Theory]
    [InlineData("Police said the fan had been released.\n\nCeltic manager Erik Lindqvist said the club would not sell its captain.", null)]
    [InlineData("Police said the fan had been released.\n\nThe Norvale Police Department had arrested him on Sunday.", "institution:norvale-police-department")]
    public void Police_are_the_articles_one_police_force_and_never_a_club(string body, string? speaker)
    {
        var doc = Extract(body);
        Assert.Equal(speaker, doc.Statements.SingleOrDefault(s => s.Claim.Contains("released", StringComparison.Ordinal))?.SpeakerId);
    }

    [Theory]
    [InlineData("Interior CS Kamau Njoroge has dismissed claims that he is in hospital.\n\nThe CS said the rumour had caused distress to his family.", "person:kamau-njoroge")]
    [InlineData("Interior PS Wanjiru Kamau said the ministry had bought no arms.\n\nThe PS said the ministry's budget was public.", "person:wanjiru-kamau")]
    public void The_cs_or_the_ps_is_the_cabinet_or_principal_secretary_named_before(string body, string speaker) =>
        Assert.All(Extract(body).Statements, s => Assert.Equal(speaker, s.SpeakerId));

    [Fact]
    public void The_cs_is_the_holder_not_a_former_cs_and_prof_is_a_title()
    {
        var doc = Extract("Former Interior CS Kamau Njoroge said he had not been arrested.\n\nInterior CS Amina Odhiambo spoke from Nakuru.\n\n" +
            "Prof Odhiambo said no officer was sent to his home.\n\nThe CS said the agencies had no orders to arrest the former minister.");
        doc.Require("person:amina-odhiambo", Stance.Denied, "no officer was sent");
        doc.Require("person:amina-odhiambo", Stance.Denied, "no orders to arrest");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Prof Odhiambo");
    }

    [Theory]
    [InlineData("the Australian")]
    [InlineData("the Spaniard")]
    public void A_peoples_name_after_a_quotation_is_the_person_speaking(string description)
    {
        var doc = Extract("Port director Tom Reyes said the terminal had been sold in May.\n\n\u201CThe buyers paid in full for the cranes,\u201D " + description + " added.");
        doc.Require("person:tom-reyes", Stance.Said, "paid in full");
    }

    [Fact]
    public void A_peoples_name_that_reported_is_still_the_newspaper()
    {
        var doc = Extract("Port director Tom Reyes said the terminal had been sold in May.\n\nThe buyers paid in full for the cranes, the Australian reported.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:tom-reyes" && s.Evidence.Contains("paid in full", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("the former mayor")]
    [InlineData("the ex-mayor")]
    public void The_ex_mayor_is_the_former_mayor_named_before(string description)
    {
        var doc = Extract("Former Mayor Ray Nagle denied seeking money from a contractor.\n\n\u201CThe witness Williams lied about the payments,\u201D " + description + " said.");
        doc.Require("person:ray-nagle", Stance.Said, "Williams lied about the payments");
    }

    [Theory]
    [InlineData("Dinamo Zagreb have denied the reports.", "institution:dinamo-zagreb")]
    [InlineData("Borussia Dortmund said the reports were false.", "institution:borussia-dortmund")]
    [InlineData("Police spokeswoman Cassidee Carson said the reports were false.", "person:cassidee-carson")]
    [InlineData("Cassidee Carson said the reports were false.", "person:cassidee-carson")]
    public void A_foreign_word_before_a_city_that_speaks_is_a_club_unless_the_city_is_a_surname(string sentence, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Extract(sentence).Statements).SpeakerId);

    [Fact]
    public void The_police_chief_is_the_police_commander_named_before()
    {
        var doc = Extract("Police commander Joseph Mwangi said no officer visited the house.\n\n\u201CNo officer was sent there,\u201D the police chief told reporters.");
        doc.Require("person:joseph-mwangi", Stance.Denied, "No officer was sent");
    }

    [Fact]
    public void The_news_agency_is_the_wire_service_named_before()
    {
        var doc = Extract("The army dismissed a Reuters report on the attack.\n\nAccording to the news agency, the insurgents opened fire on the convoy at dawn.");
        doc.Require("institution:reuters", Stance.Said, "opened fire on the convoy");
    }

    [Theory]
    [InlineData("Zorvex Corp said the report was false.", "institution:zorvex-corp")]
    [InlineData("Harlow Motor Corp said the report was false.", "institution:harlow-motor-corp")]
    [InlineData("Harlow Trading Co said the report was false.", "institution:harlow-trading-co")]
    [InlineData("Northwind Co said the report was false.", "institution:northwind-co")]
    [InlineData("Grace Banks said the report was false.", "person:grace-banks")]
    public void A_name_ending_in_a_corporate_suffix_that_speaks_is_a_company(string sentence, string speaker)
    {
        var s = Assert.Single(Extract(sentence).Statements);
        Assert.Equal(speaker, s.SpeakerId);
    }

    [Theory]
    [InlineData("Jetstar said it had cancelled all flights to Northport.", "Jetstar")]
    [InlineData("Kilby said, in a club statement, that the manager would stay.", "Kilby")]
    [InlineData("Qantas last night announced that all flights to Northport would be cancelled.", "Qantas")]
    [InlineData("Jetstar on Monday said it had cancelled all flights to Northport.", "Jetstar")]
    [InlineData("Jetstar has rejected claims it hid safety faults from regulators.", "Jetstar")]
    [InlineData("Velora has since denied that it sold the data of its customers.", "Velora")]
    [InlineData("Velora, however, has refuted claims that it sold the data of its customers.", "Velora")]
    [InlineData("Velora, for its part, has refuted claims that it sold the data of its customers.", "Velora")]
    public void An_unlisted_word_opening_a_sentence_before_a_verb_of_speech_is_a_speaker(string sentence, string name)
    {
        var doc = Extract(sentence);
        var s = Assert.Single(doc.Statements);
        Assert.Equal(name, doc.Entities.Single(e => e.Id == s.SpeakerId).Name);
    }

    [Theory]
    [InlineData("Officials said the ferry had been cancelled.")]
    [InlineData("Dismissing claims of a rift, Maria Okafor said the ferry had been cancelled.")]
    [InlineData("Reportedly said to be furious, the minister left the room.")]
    public void English_words_and_gerunds_opening_a_sentence_are_no_speakers(string sentence)
    {
        var doc = Extract(sentence);
        Assert.DoesNotContain(doc.Entities, e => e.Name is "Officials" or "Dismissing" or "Reportedly");
    }

    [Theory]
    [InlineData("U.S. drugmaker Pfizer has denied allegations it over-charged for medicines.", "Pfizer")]
    [InlineData("Brazilian miner Valeco said the dam was safe.", "Valeco")]
    [InlineData("Brazil miner Valeco said the dam was safe.", "Valeco")]
    public void A_country_before_a_common_noun_and_a_name_only_says_where_the_speaker_is_from(string sentence, string speaker)
    {
        var doc = Extract(sentence);
        var s = Assert.Single(doc.Statements);
        Assert.Equal(speaker, doc.Entities.Single(e => e.Id == s.SpeakerId).Name);
    }

    [Theory]
    [InlineData("Northern Premier League team Harlow Rovers, who are up for sale, have denied reports that the manager was sacked.")]
    [InlineData("Northern Premier League side Harlow Rovers denied reports that the manager was sacked.")]
    public void A_name_before_a_noun_for_an_organisation_and_another_name_only_says_what_the_speaker_is(string sentence)
    {
        var doc = Extract(sentence);
        var s = Assert.Single(doc.Statements);
        Assert.Equal("Harlow Rovers", doc.Entities.Single(e => e.Id == s.SpeakerId).Name);
    }

    [Theory]
    [InlineData("Maria Okafor\u2019s people are saying that the Harbour Gazette article about her is fabricated.")]
    [InlineData("Maria Okafor's people are insisting that the Harbour Gazette article about her is fabricated.")]
    [InlineData("Maria Okafor's people said the Harbour Gazette article about her is fabricated.")]
    [InlineData("Maria Okafor has not spoken. Her people said the Harbour Gazette article about her is fabricated.")]
    public void A_persons_people_speak_as_that_person(string sentence) =>
        Assert.Equal("person:maria-okafor", Assert.Single(Extract(sentence).Statements).SpeakerId);

    [Theory]
    [InlineData("Another analyst, Professor John Makumbe of the University of Northland told reporters that the port was sold.")]
    [InlineData("John Makumbe of the University of Northland said the port was sold.")]
    public void A_person_named_before_of_and_an_organisation_is_that_organisations_person(string sentence)
    {
        var doc = Extract(sentence);
        Assert.Equal("person:john-makumbe", Assert.Single(doc.Statements).SpeakerId);
        Assert.Contains(doc.Entities, e => e.Name == "University of Northland" && e.Kind == EntityKind.Institution);
    }

    [Theory]
    [InlineData("The media advisor at the Norvell Port Authority denied all the remarks.")]
    [InlineData("An adviser to the Norvell Port Authority denied all the remarks, saying the port was not sold.")]
    public void An_unnamed_adviser_of_an_organisation_speaks_for_it(string sentence)
    {
        var statements = Extract("The Norvell Port Authority met on Sunday.\n\n" + sentence).Statements;
        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.Equal("institution:norvell-port-authority", s.SpeakerId));
    }

    [Theory]
    [InlineData("Board officials maintained that the fees will rise.")]
    [InlineData("But board officials have maintained that the fees will rise.")]
    public void A_bodys_word_before_officials_is_the_one_organisation_whose_name_holds_it(string sentence)
    {
        var doc = Extract("The Northgate Harbour Board and Skyvale Airlines met on Monday.\n\n" + sentence);
        Assert.Equal("institution:northgate-harbour-board", Assert.Single(doc.Statements).SpeakerId);
    }

    [Fact]
    public void A_word_two_organisations_names_hold_names_neither()
    {
        var doc = Extract("The Northgate Harbour Board and the Skyvale Harbour Board met on Monday.\n\nBoard officials maintained that the fees will rise.");
        Assert.Empty(doc.Statements);
    }

    [Theory]
    [InlineData("The Foreign Ministry of Norvell wishes to state that the minister has spoken with his colleague.")]
    [InlineData("The Foreign Ministry of Norvell would like to stress that the minister has spoken with his colleague.")]
    public void A_base_form_after_a_polite_to_is_the_verb(string sentence) =>
        Extract(sentence).Require("institution:ministry-of-foreign-affairs", Stance.Said, "minister has spoken");

    [Fact]
    public void A_publisher_after_the_outlets_name_is_a_title_of_the_person_named_next()
    {
        var doc = Extract("\u201CThe mayor ordered the purchasing agent to remove me from the meeting,\u201D Harbour Gazette Publisher Tom Reyes said.");
        Assert.Equal("person:tom-reyes", Assert.Single(doc.Statements).SpeakerId);
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("Publisher", StringComparison.Ordinal));
    }

    [Fact]
    public void According_to_a_bare_government_is_the_articles_government()
    {
        var doc = Extract("The government of Ghana has described the publication as baseless.\n\n" +
            "According to government, the publication sought to impute criminal conduct on the part of the President.");
        doc.Require("institution:government-of-ghana", Stance.Said, "impute criminal conduct");
    }

    [Fact]
    public void Now_between_the_auxiliary_and_the_participle_keeps_the_verb() =>
        Extract("Governor Rita Sousa is now claiming that the port was sold to a foreign buyer.").Require("person:rita-sousa", Stance.Said, "port was sold");

    [Fact]
    public void A_place_with_no_government_that_speaks_is_the_one_organisation_named_after_it()
    {
        var doc = Extract("Bristol Rovers beat Millbrook on Saturday.\n\n\"The manager stays,\" Bristol said in a statement.");
        Assert.Equal("Bristol Rovers", doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId).Name);
    }

    [Fact]
    public void A_place_that_opens_two_organisations_names_speaks_for_neither()
    {
        var doc = Extract("Bristol Rovers and Bristol Harbour Trust met on Saturday.\n\n\"The ground stays,\" Bristol said in a statement.");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("ground stays", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Dmitry Peskov earlier rejected the allegations that the port had been sold.", "person:dmitry-peskov", Stance.Denied)]
    [InlineData("Reuters first reported that the port had been sold.", "institution:reuters", Stance.Said)]
    public void Earlier_and_first_between_the_speaker_and_the_verb_are_adverbs(string sentence, string speaker, Stance stance)
    {
        var s = Assert.Single(Extract(sentence).Statements);
        Assert.Equal((speaker, stance), (s.SpeakerId, s.Stance));
    }

    [Fact]
    public void Earlier_before_a_document_noun_is_still_its_determiner()
    {
        var doc = Extract("Tom Reyes spoke on Monday. The earlier statement said the port was open.");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("earlier statement said", StringComparison.Ordinal) && s.SpeakerId == "person:tom-reyes" && s.Claim.StartsWith("Statement", StringComparison.Ordinal));
    }

    [Fact]
    public void A_titled_name_after_to_is_the_one_a_title_serves_not_the_speaker()
    {
        var doc = Extract("Special Adviser to President Musa Bello on Media and Publicity, Mr. Femi Adesina, has described as fake news the story that the board was dissolved.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal(("person:femi-adesina", Stance.Denied), (s.SpeakerId, s.Stance));
    }

    [Theory]
    [InlineData("Secretary of State Marco Rubio said the talks would resume.", "person:marco-rubio")]
    [InlineData("The ferry sailed after Sen. Rick Scott told reporters the port would open.", "person:rick-scott")]
    public void The_of_inside_a_title_and_a_clause_after_after_keep_their_subject(string sentence, string speaker)
    {
        Assert.Contains(Extract(sentence).Statements, s => s.SpeakerId == speaker);
    }

    [Fact]
    public void The_name_after_a_role_of_an_organisation_is_the_speaker_and_the_organisation_is_the_name_after_of()
    {
        var doc = Extract("In a statement issued in Kumasi, Media Officer of Heartland Stars FC, Kwame Asante, said the club had paid all wages.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal("person:kwame-asante", s.SpeakerId);
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("Media Officer", StringComparison.Ordinal));
    }

    [Fact]
    public void The_clubs_spokesman_speaks_for_the_club_not_for_the_league()
    {
        var doc = Extract("The Harbour Premier League said on Monday it would hear the case.\n\n" +
            "Media Officer of Heartland Stars FC, Kwame Asante, said the club had paid all wages.\n\n" +
            "Heartland Stars FC later said it would appeal. The club's spokesman said the players had been released legally.");
        doc.Require("institution:heartland-stars-fc", Stance.Said, "released legally");
    }
    [Theory]
    [InlineData("However, Wambuzi, who lost two children in the flood, claimed that the dam had been opened without warning.", "Wambuzi", EntityKind.Person)]
    [InlineData("Wambuzi, who lost two children in the flood, claimed that the dam had been opened without warning.", "Wambuzi", EntityKind.Person)]
    [InlineData("But Okonjo, popularly known as Mama Tee, commented: “I doubt the dam was ever opened.”", "Okonjo", null)]
    public void A_one_word_name_before_a_relative_clause_or_a_nickname_and_a_speech_verb_is_the_speaker(string sentence, string name, EntityKind? kind)
    {
        var doc = Extract("The dam was opened on Monday.\n\n" + sentence);
        var s = Assert.Single(doc.Statements);
        var speaker = doc.Entities.Single(e => e.Id == s.SpeakerId);
        Assert.Equal(name, speaker.Name);
        if (kind is { } k)
        {
            Assert.Equal(k, speaker.Kind);
        }
    }

    [Theory]
    [InlineData("However, Meanwhile, who knows, said nothing.")]
    [InlineData("The dam, which was built in 1960, said to be unsafe, was opened.")]
    [InlineData("Residents, who lost their homes, said the dam had been opened.")]
    public void An_english_word_before_a_relative_clause_names_no_one(string sentence)
    {
        var doc = Extract("The dam was opened on Monday.\n\n" + sentence);
        Assert.DoesNotContain(doc.Entities, e => e.Name is "Meanwhile" or "Residents" or "The dam");
    }

    [Theory]
    [InlineData("The Minister of Information and Culture, Alhaji Tunde Bakare, has debunked some reports.")]
    [InlineData("The Minister of Information and Culture, Dr Tunde Bakare, has debunked some reports.")]
    public void An_office_before_a_comma_is_the_named_persons_role_and_an_honorific_no_part_of_the_name(string lead)
    {
        var doc = Extract(lead + "\n\nThe Minister said the port was open.");
        Assert.Contains(doc.Entities, e => e.Name == "Tunde Bakare");
        Assert.Equal(2, doc.Statements.Count(s => doc.Entities.Single(e => e.Id == s.SpeakerId).Name == "Tunde Bakare"));
    }

    [Fact]
    public void A_rank_after_an_office_and_a_comma_is_no_person()
    {
        var doc = Extract("Director of Army Public Relations, Brigadier General Ade Okon, insisted that the troops were intact.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("Brigadier", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Acting Chief Superintendent Tan Wing-cheung said the rumours were false.", "Tan Wing-cheung")]
    [InlineData("Her lawyer, Lee Yeong-ha, dismissed the charges as baseless.", "Lee Yeong-ha")]
    [InlineData("The former leader of Northland, Park Geun-hye, on Tuesday denied all charges in court.", "Park Geun-hye")]
    public void A_hyphenated_given_name_is_part_of_the_name(string sentence, string name)
    {
        var doc = Extract(sentence);
        Assert.Equal(name, doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId).Name);
    }

    [Theory]
    [InlineData("The Tan Wing-led group said the port was sold.")]
    [InlineData("An Army spokes-liar for Tunde Bakare says the facts reported are not true.")]
    [InlineData("Maria Okafor said Barack Obama-era rules still applied to the port.")]
    public void A_modifier_or_lower_case_word_after_a_hyphen_is_no_given_name(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Entities, e => e.Name.Contains('-', StringComparison.Ordinal));

    [Fact]
    public void A_headlines_adjective_before_a_given_name_is_no_part_of_the_name()
    {
        var doc = Extract("Embattled Maria Okafor denies selling the port\n\nOkafor insisted that \u201cthe port was never for sale.\u201d");
        var okafor = Assert.Single(doc.Entities, e => e.Name.Contains("Okafor", StringComparison.Ordinal));
        Assert.Equal("Maria Okafor", okafor.Name);
        Assert.All(doc.Statements, st => Assert.Equal(okafor.Id, st.SpeakerId));
    }

    [Fact]
    public void A_headline_that_runs_a_common_word_on_into_a_name_is_that_name()
    {
        var doc = Extract("Maria Okafor Baby Reports Are False, Says Rep\n\nMaria Okafor has denied reports that she had a second child.\n\n" +
            "\u201cIt feels strange to miss these concerts,\u201d Okafor said in a statement.");
        Assert.Equal(["Maria Okafor"], doc.Entities.Where(e => e.Kind == EntityKind.Person).Select(e => e.Name));
        doc.Require("person:maria-okafor", Stance.Said, "feels strange");
    }

    [Fact]
    public void A_plural_nationality_before_names_is_no_part_of_them()
    {
        var doc = Extract("Tom Reyes is among an elite group of athletes - including Americans Carl Lewis and Maurice Greene - to hold the title, Maria Okafor said.");
        Assert.Contains(doc.Entities, e => e.Name == "Carl Lewis");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("Americans", StringComparison.Ordinal));
    }

    [Fact]
    public void Advocate_before_a_name_is_a_title_and_no_speech_verb()
    {
        var doc = Extract("Crown Advocate Tunde Bakare said the port was sold.\n\nBakare and Advocate Grace are due to make their closing speeches this afternoon.");
        Assert.Contains(doc.Entities, e => e.Name == "Tunde Bakare");
        Assert.Equal("Tunde Bakare", doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId).Name);
    }

    [Theory]
    [InlineData("Turkey's presidential communications director, Fahrettin Altun, said the report was false.", "Fahrettin Altun")]
    [InlineData("Cuba's deputy foreign minister, Carlos Fernandez de Cossio, said the talks were over.", "Carlos Fernández de Cossío")]
    public void The_name_set_off_after_a_countrys_role_is_the_speaker(string sentence, string name)
    {
        var doc = Extract("President Recep Tayyip Erdogan spoke on Monday.\n\n" + sentence);
        Assert.Equal(name, doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId).Name);
    }

    [Theory]
    [InlineData("Erdogan aide accuses the Harbour Times of publishing fake news\n\nThe row grew on Monday.")]
    [InlineData("Port row\n\nMaria Okafor aide said the port was sold.")]
    public void A_name_before_aide_or_mp_is_not_the_speaker(string body)
    {
        var doc = Extract(body);
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId.Contains("erdogan", StringComparison.Ordinal) || s.SpeakerId == "person:maria-okafor");
    }

    [Fact]
    public void A_named_aide_speaks()
    {
        var doc = Extract("Port row\n\nOkafor aide Tom Reyes said the port was sold.");
        Assert.Equal("Tom Reyes", doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId).Name);
    }

    [Fact]
    public void A_lower_case_office_of_a_country_before_a_comma_is_the_named_persons_role_and_the_diplomat_is_that_person()
    {
        var doc = Extract("The permanent representative of Cuba to the United Nations, Ernesto Soberon Guzman, dismissed the reports as speculation.\n\n" +
            "A report said Raul Guillermo Rodriguez Castro, the grandson of Raul Castro, met officials in Havana.\n\n" +
            "The Cuban diplomat reiterated that Cuba is willing to engage in dialogue.");
        var s = doc.Statements.Single(x => x.Evidence.Contains("reiterated", StringComparison.Ordinal));
        Assert.Equal("Ernesto Soberon Guzman", doc.Entities.Single(e => e.Id == s.SpeakerId).Name);
    }

    [Theory]
    [InlineData("Union minister Femi Bello spoke on Friday about Prime Minister Ada Okafor.\n\nThe minister said the harbour charges were baseless.", "Femi Bello")]
    [InlineData("Trade minister Femi Bello met Prime Minister Ada Okafor on Friday.\n\nThe prime minister said the harbour charges were baseless.", "Ada Okafor")]
    [InlineData("Port president Femi Bello met Vice President Ada Okafor on Friday.\n\nThe president said the harbour charges were baseless.", "Femi Bello")]
    public void The_minister_is_not_the_prime_minister_nor_the_president_the_vice_president(string text, string speaker)
    {
        var doc = Invented.Extract("roles.txt", text);
        var s = Assert.Single(doc.Statements, x => x.Evidence.Contains("charges were baseless", StringComparison.Ordinal));
        Assert.Equal(speaker, doc.Entities.Single(e => e.Id == s.SpeakerId).Name);
    }

    [Fact]
    public void A_countrys_role_is_the_holder_the_article_names_before_the_registrys()
    {
        var doc = Invented.Extract("roles.txt", "Mexico's president is denying claims that cartels control the harbour.\n\n" +
            "\u201cThat is false,\u201d Mexican President Femi Bello said on Friday.");
        var bello = Assert.Single(doc.Entities, e => e.Name == "Femi Bello");
        doc.Require(bello.Id, Stance.Denied, "cartels control the harbour");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Claudia Sheinbaum");
    }

    [Fact]
    public void A_countrys_role_the_article_does_not_name_is_the_registrys_holder()
    {
        var doc = Invented.Extract("roles.txt", "Mexico's president is denying claims that cartels control the harbour.");
        Assert.Equal("Claudia Sheinbaum", doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId).Name);
    }

    [Fact]
    public void He_is_not_a_person_the_text_calls_ms()
    {
        var doc = Invented.Extract("court.txt",
            "Ada Okafor, prosecuting, questioned Femi Bello about the crane claims.\n\n" +
            "Bello answered: \u201cNo, I was at home that night.\u201d\n\n" +
            "Ms Okafor then asked about the harbour keys.\n\n" +
            "He replied: \u201cI never had the keys to the harbour office.\u201d");
        var bello = Assert.Single(doc.Entities, e => e.Name == "Femi Bello");
        doc.Require(bello.Id, Stance.Denied, "never had the keys");
    }

    [Fact]
    public void She_is_no_one_when_the_last_speaker_is_a_mr()
    {
        var doc = Invented.Extract("court.txt",
            "Mr Femi Bello said the woman making the claims should not be believed.\n\n" +
            "She says it happened on three occasions at the harbour office.");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("three occasions", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("New Zealand Harbour Workers' Association chief executive Femi Bello said the allegations were a slur on every docker.")]
    [InlineData("Kenya Dockers Union general secretary Femi Bello said the allegations were a slur on every docker.")]
    public void A_person_closing_a_long_title_speaks_not_the_country_that_opens_it(string sentence)
    {
        var doc = Invented.Extract("roles.txt", sentence);
        Assert.Equal("Femi Bello", doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId).Name);
    }

    [Fact]
    public void Government_spokesman_and_a_name_is_the_spokesman_named()
    {
        var doc = Invented.Extract("roles.txt", "Kenya's harbour reopened on Monday.\n\n" +
            "Government spokesman Femi Bello has dismissed an article posted yesterday on the Harbour Post website.");
        Assert.Equal("Femi Bello", doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId).Name);
    }

    [Fact]
    public void A_headlines_unnamed_title_is_the_person_the_lead_names_with_it()
    {
        var doc = Invented.Extract("roles.txt", "Police spokesman rejects claims of abuse\n\nPolice spokesman Femi Bello has rejected claims that officers abused detainees at the harbour.");
        var bello = Assert.Single(doc.Entities, e => e.Name == "Femi Bello");
        Assert.Equal(2, doc.Statements.Count(s => s.SpeakerId == bello.Id));
        Assert.Contains(doc.Statements, s => s.Rule == "headline" && s.SpeakerId == bello.Id);
    }

    [Theory]
    [InlineData("Premier League footballer Tom Reyes today denied punching a fan outside the ground.")]
    [InlineData("Harlow Rovers footballer Tom Reyes denied punching a fan outside the ground.")]
    public void An_organisations_player_named_before_the_verb_is_the_speaker_not_the_organisation(string sentence) =>
        Assert.Equal("person:tom-reyes", Extract(sentence).Require("person:tom-reyes", Stance.Denied, "punching a fan").SpeakerId);

    [Fact]
    public void A_surname_that_is_a_title_is_the_person_where_no_name_follows_it()
    {
        var doc = Extract("Marlon King plays for Wigan.\n\n“There was no rebuff,” said King, who denies the charges. He denies having any contact with the victim.");
        doc.Require("person:marlon-king", Stance.Denied, "no rebuff");
        doc.Require("person:marlon-king", Stance.Denied, "any contact with the victim");
    }

    [Fact]
    public void A_title_before_a_name_stays_the_title_of_that_name()
    {
        var doc = Extract("Marlon King plays for Wigan.\n\nKing Charles said the harbour would open in May.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:marlon-king");
    }

    [Fact]
    public void A_persons_given_name_alone_is_that_person_where_only_she_carries_it()
    {
        var doc = Extract("Actress Tamara Okoro and singer Vikram Desai met in Lagos.\n\nTamara’s team said that she was shooting a film in Accra.");
        doc.Require("person:tamara-okoro", Stance.Said, "shooting a film in Accra");
    }

    [Fact]
    public void A_given_name_two_people_carry_is_no_ones_alias()
    {
        var doc = Extract("Actress Tamsin Okoro and singer Tamsin Reyes met in Lagos.\n\nTamsin’s team said that she was shooting a film in Accra.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId is "person:tamsin-okoro" or "person:tamsin-reyes");
    }

    [Theory]
    [InlineData("Harbour FM MD Tamsin Okoro said the story was fiction.")]
    [InlineData("Northgate Bank CFO Tamsin Okoro said the story was fiction.")]
    public void A_managing_director_or_finance_chief_after_the_firm_is_a_person_with_a_title(string sentence)
    {
        var doc = Extract(sentence);
        Assert.Contains(doc.Entities, e => e.Name == "Tamsin Okoro" && e.Kind == EntityKind.Person);
        Assert.Equal("person:tamsin-okoro", Assert.Single(doc.Statements).SpeakerId);
    }

    [Fact]
    public void A_korean_family_name_written_first_is_the_persons_short_name()
    {
        var doc = Extract("Yoon Young-chan, the chief press secretary for President Moon Jae-in, flatly dismissed the report.\n\n" +
            "The paper said the office had refused to welcome the senator.\n\nYoon also called the earlier report \"false.\"");
        doc.Require("person:yoon-young-chan", Stance.Denied, "earlier report");
    }

    [Fact]
    public void Md_opening_a_name_is_part_of_it_while_MD_after_a_firm_is_a_title()
    {
        var doc = Extract("Acting foreign secretary Md Delwar Hossain summoned the envoy.\n\nHarbour FM MD Tamsin Okoro said the story was fiction.");
        Assert.Contains(doc.Entities, e => e.Name == "Md Delwar Hossain" && e.Kind == EntityKind.Person);
        Assert.Contains(doc.Entities, e => e.Name == "Tamsin Okoro" && e.Kind == EntityKind.Person);
    }
}
