using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Unknown names found from the words around them, on invented sentences (issue 13 §1): the name inside a hyphenated
/// modifier ("the Jane Roe-led group"), and the other cues of this file's tests.
/// </summary>
public sealed class NameCueTests
{
    private static ExtractedDocument Extract(string body) => Invented.Extract("cues.txt", body);

    private static EntityKind? KindOf(ExtractedDocument doc, string name) =>
        doc.Entities.SingleOrDefault(e => e.Name == name || e.Aliases.Contains(name))?.Kind;

    [Theory]
    [InlineData("The berths were sold to the Tessa Marlowe-led conglomerate last year.", "Tessa Marlowe", EntityKind.Person)]
    [InlineData("Dockers cheered the Dragan Vukovic-owned shipping line on Friday.", "Dragan Vukovic", EntityKind.Person)]
    [InlineData("The pier was rebuilt by a Harlow Ports-backed venture in May.", "Harlow Ports", EntityKind.Institution)]
    public void The_name_inside_a_hyphenated_modifier_is_an_entity(string sentence, string name, EntityKind kind) =>
        Assert.Equal(kind, KindOf(Extract(sentence), name));

    [Theory]
    [InlineData("The Saudi-led coalition left the port.")]
    [InlineData("A Harlow-owned tug towed the ship.")]
    public void A_single_word_before_a_modifier_makes_no_entity(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Entities, e => e.Kind != EntityKind.Place);

    [Theory]
    [InlineData("\"It is not true,\" a Northgate Bank representative told Korean news agencies.")]
    [InlineData("\"It is not true,\" a Northgate Bank representative told Korean officials.")]
    [InlineData("\"It is not true,\" a Northgate Bank representative told Korean media on Monday.")]
    public void One_word_before_a_noun_for_outlets_or_people_after_told_names_no_one(string sentence)
    {
        var doc = Extract("Northgate Bank said on Monday it would sell the branch.\n\n" + sentence);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Korean");
        Assert.Empty(doc.Require("institution:northgate-bank", Stance.Denied, "not true").ReportedBy);
    }

    [Fact]
    public void One_word_told_before_a_time_is_still_the_outlet_told() =>
        Assert.Equal(EntityKind.Institution, KindOf(Extract("\"It is not true,\" a Northgate Bank representative told Zarvana on Monday."), "Zarvana"));

    [Fact]
    public void A_foreign_full_name_after_a_quotation_and_any_verb_of_speech_is_a_person_who_speaks()
    {
        var doc = Extract("\u201CIt's a lie,\u201D stated Jenen Hani Alean Alzwaraa, another medical student at the port clinic.");
        Assert.Equal(EntityKind.Person, KindOf(doc, "Jenen Hani Alean Alzwaraa"));
        Assert.Equal(Stance.Denied, Assert.Single(doc.Statements).Stance);
    }

    [Theory]
    [InlineData("Dockers were laid off at QXR earlier this year, the union said.", "QXR")]
    [InlineData("The harbour board signed a lease with QXR on Friday.", "QXR")]
    [InlineData("QXR has cut 300 jobs at the harbour since May.", "QXR")]
    public void An_acronym_after_an_organisation_preposition_or_before_a_verb_is_an_institution(string sentence, string name) =>
        Assert.Equal(EntityKind.Institution, KindOf(Extract(sentence), name));

    [Theory]
    [InlineData("The QXR state chief Tom Hale had on Tuesday alleged that the port was sold.", "QXR")]
    [InlineData("Officials met the QXR leaders at the harbour gate on Friday.", "QXR")]
    [InlineData("\u201CThe pier was sold,\u201D the HFR CEO told reporters.", "HFR")]
    public void An_acronym_before_a_persons_role_is_the_organisation_the_role_is_held_in(string sentence, string name) =>
        Assert.Equal(EntityKind.Institution, KindOf(Extract(sentence), name));

    [Theory]
    [InlineData("Kelmar Traders Sdn Bhd said the pier was operating under normal conditions.", "Kelmar Traders Sdn Bhd", "Kelmar Traders")]
    [InlineData("Velan Logistik Tbk said the pier was operating under normal conditions.", "Velan Logistik Tbk", "Velan Logistik")]
    [InlineData("Harbour Yards Pvt Ltd said the pier was operating under normal conditions.", "Harbour Yards Pvt Ltd", "Harbour Yards")]
    public void A_legal_form_of_another_countrys_register_ends_a_company_whose_name_without_it_is_an_alias(string sentence, string name, string alias)
    {
        var doc = Extract(sentence);
        var company = Assert.Single(doc.Entities, e => e.Name == name);
        Assert.Equal(EntityKind.Institution, company.Kind);
        Assert.Contains(alias, company.Aliases);
        Assert.Equal(company.Id, Assert.Single(doc.Statements).SpeakerId);
    }

    [Theory]
    [InlineData("TV9 said the harbour deal was signed on Friday.", "TV9")]
    [InlineData("9News said it had emails which showed the harbour deal was signed.", "9News")]
    [InlineData("Ripwire, the site which carried the story first, says that the harbour deal was signed.", "Ripwire")]
    [InlineData("The Corvale network on Sunday reported that the harbour deal was signed.", "Corvale")]
    public void A_brand_of_letters_and_digits_or_a_name_its_apposition_introduces_speaks_as_an_organisation(string sentence, string name)
    {
        var doc = Extract("The harbour board met on Monday.\n\n" + sentence);
        Assert.Equal(EntityKind.Institution, KindOf(doc, name));
        Assert.Contains(doc.Statements, s => doc.Entities.Single(e => e.Id == s.SpeakerId).Name == name && s.Evidence.Contains("deal was signed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Netherlands Institute of International Relations said the harbour deal was signed.", "Netherlands Institute of International Relations")]
    [InlineData("The Ghana Institute of Journalism said the harbour deal was signed.", "Ghana Institute of Journalism")]
    [InlineData("The Kenya Union of Dock Workers said the harbour deal was signed.", "Kenya Union of Dock Workers")]
    public void A_country_opening_a_learned_or_member_bodys_name_keeps_the_words_after_of(string sentence, string name)
    {
        var doc = Extract("The harbour board met on Monday.\n\n" + sentence);
        Assert.Equal(EntityKind.Institution, KindOf(doc, name));
        Assert.Contains(doc.Statements, s => doc.Entities.Single(e => e.Id == s.SpeakerId).Name == name);
    }

    [Theory]
    [InlineData("Northwind Air Lines said the harbour route would close.", "Northwind Air Lines")]
    [InlineData("Corvina Cruise Lines said the harbour route would close.", "Corvina Cruise Lines")]
    public void Lines_head_a_carriers_name(string sentence, string name) =>
        Assert.Equal(EntityKind.Institution, KindOf(Extract("The harbour board met on Monday.\n\n" + sentence), name));

    [Theory]
    [InlineData("The Harbour Cartel apologised in a letter on Sunday.", "Harbour Cartel")]
    [InlineData("The Northern Hills Militia apologised in a letter on Sunday.", "Northern Hills Militia")]
    public void An_armed_groups_name_ends_in_its_kind(string sentence, string name) =>
        Assert.Equal(EntityKind.Institution, KindOf(Extract("The harbour board met on Monday.\n\n" + sentence), name));

    [Fact]
    public void A_town_that_issues_a_statement_is_a_company_named_like_it()
    {
        var doc = Extract("The harbour board met on Monday.\n\nBut Hitachi later issued a statement denying the reported merger talks.");
        Assert.Equal(EntityKind.Institution, KindOf(doc, "Hitachi"));
        Assert.Equal(Stance.Denied, Assert.Single(doc.Statements).Stance);
    }

    [Theory]
    [InlineData("Media say the harbour minister will meet the dockers today.", "Media")]
    [InlineData("Criteria vary from port to port, the harbour board said.", "Criteria")]
    public void An_irregular_plural_opening_a_sentence_is_an_english_word_not_a_name(string sentence, string word) =>
        Assert.Null(KindOf(Extract("The harbour board met on Monday.\n\n" + sentence), word));

    [Theory]
    [InlineData("Neither party has commented on the harbour deal.", "Neither")]
    [InlineData("COVID19 has cut harbour traffic by half, the board said.", "COVID19")]
    public void A_determiner_or_a_disease_with_its_year_is_no_organisation(string sentence, string name) =>
        Assert.Null(KindOf(Extract("The harbour board met on Monday.\n\n" + sentence), name));

    [Theory]
    [InlineData("Dockers with COVID stayed at home on Friday, the union said.", "COVID")]
    [InlineData("The harbour board said GDP grew by two per cent last year.", "GDP")]
    public void A_common_acronym_is_no_institution(string sentence, string name) =>
        Assert.Null(KindOf(Extract(sentence), name));

    [Theory]
    [InlineData("To check the claim, FactLens reached out to the harbour board by email.", "FactLens")]
    [InlineData("Shares in Quintbank rose on Friday after the harbour deal.", "Quintbank")]
    public void A_word_with_an_inner_capital_or_an_organisation_ending_is_an_institution(string sentence, string name) =>
        Assert.Equal(EntityKind.Institution, KindOf(Extract(sentence), name));

    [Theory]
    [InlineData("Dockers cheered when Senator MacArthur arrived at the harbour gate on Friday.", "MacArthur")]
    [InlineData("userprofile IconSearch", "IconSearch")]
    [InlineData("Dockers walked along the riverbank towards the harbour gate on Friday.", "riverbank")]
    public void Name_prefixes_menus_and_english_words_make_no_institution(string sentence, string name) =>
        Assert.NotEqual(EntityKind.Institution, KindOf(Extract(sentence), name));

    [Theory]
    [InlineData("The dockers flew to Sheboygan on Friday to meet the harbour board.", "Sheboygan")]
    [InlineData("The ferry from Sheboygan docked late on Friday.", "Sheboygan")]
    public void A_small_city_after_a_preposition_of_place_is_a_place(string sentence, string name) =>
        Assert.Equal(EntityKind.Place, KindOf(Extract(sentence), name));

    [Fact]
    public void A_small_city_with_no_preposition_before_it_stays_unread() =>
        Assert.Null(KindOf(Extract("Sheboygan residents cheered the harbour deal on Friday."), "Sheboygan"));

    [Theory]
    [InlineData("The club hopes to sign the experienced Kelmar United striker this summer.", "Kelmar United")]
    [InlineData("Reports claimed the singer dumped the Made In Quayside star last week.", "Made In Quayside")]
    [InlineData("The Zentra leader insisted he had not been warned about the party.", "Zentra")]
    [InlineData("The bill was blocked by the then-governing Zentra party last year.", "Zentra party")]
    public void A_name_between_a_determiner_and_a_member_or_class_noun_is_an_institution(string sentence, string name) =>
        Assert.Equal(EntityKind.Institution, KindOf(Extract(sentence), name));

    [Fact]
    public void A_name_before_a_persons_noun_does_not_take_the_persons_statement()
    {
        var doc = Extract("The Zentra leader insisted he had not been warned about the party.");
        var unity = doc.Entities.Single(e => e.Name == "Zentra");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == unity.Id);
    }

    [Theory]
    [InlineData("The Cuban leader spoke to dockers on Friday.")]
    [InlineData("Fans cheered the Sheboygan striker on Friday.")]
    [InlineData("Dockers met the Deputy leader of the harbour board on Friday.")]
    public void Demonyms_places_and_titles_before_a_member_noun_make_no_institution(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Entities, e => e.Kind == EntityKind.Institution);

    [Fact]
    public void A_capitalised_the_with_a_possessive_inside_a_sentence_is_a_title_and_an_outlet_after_a_publishing_cue()
    {
        var doc = Extract("The rumour came from an article published by The Harbour\u2019s Voice, which alleged that the board had sold the pier.");
        var outlet = doc.Entities.Single(e => e.Name == "The Harbour\u2019s Voice");
        Assert.Equal(EntityKind.Institution, outlet.Kind);
        var claim = doc.Require(outlet.Id, Stance.Said, "the board had sold the pier");
        Assert.Contains(outlet.Id, claim.ReportedBy);
    }

    [Theory]
    [InlineData("People with a cold stayed at home on Friday, the harbour board said.", "People")]
    [InlineData("Dockers read that The Globe\u2019s Jane Roe had resigned.", "The Globe\u2019s Jane Roe")]
    public void A_common_word_opening_a_sentence_or_a_possessive_before_a_person_makes_no_outlet(string sentence, string name) =>
        Assert.Null(KindOf(Extract(sentence), name));

    [Fact]
    public void A_capital_after_a_known_agency_is_its_dateline_not_a_national_branch()
    {
        var doc = Extract("Dockers walked out on Friday, the union said.\n\nPress Trust of India New Delhi\n\nThe harbour board said the pier was closed.");
        Assert.Contains(doc.Entities, e => e.Name == "Press Trust of India");
        Assert.Contains(doc.Entities, e => e.Name == "New Delhi" && e.Kind == EntityKind.Place);
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("India New Delhi", StringComparison.Ordinal));
    }

    [Fact]
    public void The_word_in_possession_of_a_persons_full_name_is_their_employer()
    {
        var doc = Extract("It follows a tense interview between the mayor and Quayside\u2019s Beth Rigby on Friday.");
        Assert.Equal(EntityKind.Institution, KindOf(doc, "Quayside"));
        Assert.Equal(EntityKind.Person, KindOf(doc, "Beth Rigby"));
    }

    [Theory]
    [InlineData("It follows a tense interview between the mayor and Cuba\u2019s Beth Rigby on Friday.", "Cuba")]
    [InlineData("It follows a tense interview between the mayor and Hale\u2019s Beth Rigby on Friday.", "Hale")]
    public void A_place_or_a_surname_in_possession_of_a_person_is_no_employer(string sentence, string name) =>
        Assert.NotEqual(EntityKind.Institution, KindOf(Extract(sentence), name));

    [Theory]
    [InlineData("The vice mayor was barred from entering the Presidential Lodge on Monday.", "Presidential Lodge")]
    [InlineData("Fans gathered at Quayside Stadium before the final on Sunday.", "Quayside Stadium")]
    public void A_name_ending_in_a_buildings_word_is_a_place(string sentence, string name) =>
        Assert.Equal(EntityKind.Place, KindOf(Extract(sentence), name));

    [Fact]
    public void A_buildings_word_in_a_name_that_speaks_makes_no_place() =>
        Assert.NotEqual(EntityKind.Place, KindOf(Extract("Kelmar Villa said the striker had been sold on Friday."), "Kelmar Villa"));

    [Fact]
    public void A_governments_street_written_as_a_place_is_also_the_place()
    {
        var doc = Extract("Voters doubt that the drinks in the Downing Street rose garden were a work event.\n\nDowning Street said the drinks were a work event.");
        Assert.Contains(doc.Entities, e => e.Name == "Downing Street" && e.Kind == EntityKind.Place);
        var government = doc.Entities.Single(e => e.Kind == EntityKind.Institution && e.Aliases.Contains("Downing Street"));
        doc.Require(government.Id, Stance.Said, "the drinks were a work event");
    }

    [Fact]
    public void A_governments_street_before_a_spokesperson_stays_the_government() =>
        Assert.DoesNotContain(Extract("A Downing Street spokesman said the drinks were a work event.").Entities, e => e.Kind == EntityKind.Place);

    [Fact]
    public void A_legislatures_name_with_lower_case_words_before_committee_is_a_committee()
    {
        var doc = Extract("Dockers read the U.S. Senate harbour committee report on Friday.\n\nThe union said the Senate harbour committee had erred.");
        var committee = doc.Entities.Single(e => e.Name == "U.S. Senate harbour committee");
        Assert.Equal(EntityKind.Institution, committee.Kind);
        Assert.Contains("Senate harbour committee", committee.Aliases);
    }

    [Theory]
    [InlineData("Senator Tom Hale, a Democrat from Nevada, said the port would reopen.", "Nevada")]
    [InlineData("Dockers held a rally in Virginia on Friday, the union said.", "Virginia")]
    public void A_region_that_is_also_a_given_name_is_a_place_after_in_or_from(string sentence, string name) =>
        Assert.Equal(EntityKind.Place, KindOf(Extract(sentence), name));

    [Fact]
    public void A_place_name_the_article_gives_a_person_stays_the_person() =>
        Assert.NotEqual(EntityKind.Place, KindOf(Extract("Ray Allen bought the pier.\n\nThe union saw nothing wrong in Allen buying it."), "Allen"));

    [Fact]
    public void An_administration_is_an_institution() =>
        Assert.Equal(EntityKind.Institution, KindOf(Extract("The Federal Harbour Administration said the pier was unsafe."), "Federal Harbour Administration"));

    [Theory]
    [InlineData("Kwame Obeng, an analyst at Jefferton, said orders would slow.", "Jefferton")]
    [InlineData("The warnings came from whistleblowers at Kestrel Aviation last year.", "Kestrel Aviation")]
    public void The_name_after_a_persons_noun_and_at_is_where_they_work(string sentence, string name) =>
        Assert.Equal(EntityKind.Institution, KindOf(Extract(sentence), name));

    [Fact]
    public void A_place_after_a_persons_noun_and_at_is_no_institution() =>
        Assert.NotEqual(EntityKind.Institution, KindOf(Extract("Kwame Obeng, a lawyer at Sheboygan, said the pier was unsafe."), "Sheboygan"));

    [Fact]
    public void The_name_before_a_persons_title_and_name_is_their_organisation()
    {
        var doc = Extract("Quintair chief executive Michael O\u2019Leary told reporters the aircraft were safe.");
        Assert.Equal(EntityKind.Institution, KindOf(doc, "Quintair"));
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == doc.Entities.Single(e => e.Name == "Quintair").Id);
    }

    [Theory]
    [InlineData("Port director Maria Okafor said on Monday the port had a surplus.", "Port")]
    [InlineData("Police chief Tom Hale said on Monday the harbour was safe.", "Police")]
    public void An_english_word_capitalised_only_by_opening_the_sentence_is_no_organisation_before_a_title(string sentence, string word) =>
        Assert.Null(KindOf(Extract(sentence), word));

    [Fact]
    public void A_lone_head_word_before_a_title_is_no_organisation() =>
        Assert.Null(KindOf(Extract("Club captain Sam Whitfield backed his manager on Friday."), "Club"));

    [Fact]
    public void A_name_of_several_words_ending_in_a_word_with_an_inner_capital_is_an_institution() =>
        Assert.Equal(EntityKind.Institution, KindOf(Extract("Shares of Spirit AeroWorks fell three per cent on Friday."), "Spirit AeroWorks"));

    [Fact]
    public void An_organisations_name_run_into_two_words_and_a_head_word_is_one_of_its_bodies() =>
        Assert.Equal(EntityKind.Institution, KindOf(Extract("The European Union Harbour Safety Agency said it was monitoring the case."), "European Union Harbour Safety Agency"));

    [Fact]
    public void One_word_of_a_longer_institution_name_found_alone_is_that_institution()
    {
        var doc = Extract("Kingsford Rovers FC said the coach would stay.\n\nThe Rovers captain praised the squad on Friday.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Rovers");
        Assert.Contains(doc.Entities, e => e.Name == "Kingsford Rovers FC");
    }

    [Fact]
    public void A_foreign_subject_with_his_or_her_later_in_the_sentence_is_a_person_though_its_surname_is_a_word() =>
        Assert.Equal(EntityKind.Person, KindOf(Extract("The club confirmed the loan on Friday.\n\nZoumana Sow is expected to return to his parent club in May."), "Zoumana Sow"));

    [Theory]
    [InlineData("The board confirmed the deal on Friday.\n\nQuorvex Shares is expected to report its results in May.", "Quorvex Shares")]
    [InlineData("The board confirmed the deal on Friday.\n\nQuorvex Airways was sold to his rival in May.", "Quorvex Airways")]
    public void A_foreign_subject_without_a_personal_pronoun_or_with_an_organisation_word_is_no_person(string body, string name) =>
        Assert.NotEqual(EntityKind.Person, KindOf(Extract(body), name));

    [Theory]
    [InlineData("The mayor took to the platform 'Q' to say the report was false.", "Q")]
    [InlineData("Dockers read the newspaper \u201CHarbour Voice\u201D on Friday.", "Harbour Voice")]
    public void A_quoted_name_after_an_organisation_noun_is_an_institution_even_one_letter(string sentence, string name) =>
        Assert.Equal(EntityKind.Institution, KindOf(Extract(sentence), name));

    [Theory]
    [InlineData("The main opposition party, the All Harbour Workers Alliance, rejected the claims on Tuesday.", "All Harbour Workers Alliance")]
    [InlineData("The Harbour Community of West Coast States said it was monitoring the situation.", "Harbour Community of West Coast States")]
    [InlineData("Quintwell Ratings said the currency could weaken further.", "Quintwell Ratings")]
    public void Institution_names_with_an_opening_all_a_verb_like_last_word_or_a_business_head_stay_whole(string sentence, string name) =>
        Assert.Equal(EntityKind.Institution, KindOf(Extract(sentence), name));

    [Fact]
    public void A_quoted_title_case_headline_still_ends_the_name_at_its_verb() =>
        Assert.DoesNotContain(Extract("Fraudsters circulated a release titled \u201CHarbour Group Denounces Baseless Threats\u201D on Monday.").Entities,
            e => e.Name.Contains("Denounces", StringComparison.Ordinal));

    [Theory]
    [InlineData("The singer took to Quaygram to share a photo of the pair on Friday.", "Quaygram")]
    [InlineData("The mayor posted on Quaygram that the pier would reopen.", "Quaygram")]
    [InlineData("A representative for the striker, who plays for Kelmar United, denied the story.", "Kelmar United")]
    [InlineData("Her new album is out on Quint Music next month, the label said.", "Quint Music")]
    public void A_name_after_a_platform_or_club_cue_is_an_institution(string sentence, string name) =>
        Assert.Equal(EntityKind.Institution, KindOf(Extract(sentence), name));

    [Theory]
    [InlineData("He once worked for Sheboygan before the harbour deal.", "Sheboygan")]
    [InlineData("The mayor wrote on Q that the pier would reopen.", "Q")]
    public void A_place_or_a_lone_letter_after_such_a_cue_is_no_institution(string sentence, string name) =>
        Assert.NotEqual(EntityKind.Institution, KindOf(Extract(sentence), name));

    [Theory]
    [InlineData("Commissioner Maria Okafor had alleged that the port was sold.", "person:maria-okafor")]
    [InlineData("Actress Lena Marsh says the report about the harbour wedding is false.", "person:lena-marsh")]
    [InlineData("Maj. Tom Reyes said the naval base at the harbour will close.", "person:tom-reyes")]
    public void An_office_rank_or_occupation_before_a_name_is_no_part_of_it(string sentence, string id)
    {
        var doc = Extract(sentence);
        Assert.Equal(EntityKind.Person, Assert.Single(doc.Entities, e => e.Id == id).Kind);
        Assert.Equal(id, Assert.Single(doc.Statements).SpeakerId);
    }

    [Theory]
    [InlineData("Actress Lena Marsh attended the launch.\n\nThe star said she was happy with the new film.", "person:lena-marsh")]
    [InlineData("Norvell FC manager Tom Reyes spoke on Monday.\n\nThe boss said the club would not sell its striker.", "person:tom-reyes")]
    [InlineData("Harbour Workers Union national secretary Tom Reyes spoke on Monday.\n\nThe union boss then accused the port board of hiding its losses.", "person:tom-reyes")]
    public void The_star_or_the_boss_is_the_person_of_a_fitting_role(string text, string id) =>
        Assert.Equal(id, Assert.Single(Extract(text).Statements).SpeakerId);

    [Fact]
    public void A_surname_after_a_title_keeps_that_form_as_an_alias()
    {
        var doc = Extract("Chief Reyes said the officers acted properly at the harbour.");
        Assert.Contains("Chief Reyes", Assert.Single(doc.Entities, e => e.Kind == EntityKind.Person).Aliases);
    }

    [Theory]
    [InlineData("The Sunday Clarion reported that the port was sold.")]
    [InlineData("The port was sold, the Sunday Clarion reported.")]
    public void A_weekday_opening_an_outlets_name_is_part_of_it(string sentence)
    {
        var doc = Extract(sentence);
        Assert.Equal("institution:sunday-clarion", Assert.Single(doc.Statements).SpeakerId);
    }

    [Fact]
    public void A_nationality_before_a_class_noun_is_no_name_and_the_phrase_refers_back()
    {
        var doc = Extract("Norvell Electronics makes harbour cranes.\n\nThe South Korean company said the report was groundless.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("Korean", StringComparison.Ordinal));
        doc.Require("institution:norvell-electronics", Stance.Denied, "groundless");
    }

    [Theory]
    [InlineData("ZDNews.com reported that the port was sold.", "institution:zdnewscom", "ZDNews.com")]
    [InlineData("MSNBC.com reported that the port was sold.", "institution:msnbc", "MSNBC.com")]
    public void A_site_named_by_its_address_is_an_outlet_and_its_own_intermediary(string sentence, string id, string alias)
    {
        var doc = Extract(sentence);
        var s = Assert.Single(doc.Statements);
        Assert.Equal((id, id), (s.SpeakerId, Assert.Single(s.ReportedBy)));
        Assert.Contains(doc.Entities, e => e.Id == id && (e.Name == alias || e.Aliases.Contains(alias)));
    }

    [Fact]
    public void A_person_of_an_outlet_is_a_person_and_the_outlet_another_name()
    {
        var doc = Extract("Matt Law of the Harbour Times said the transfer deal was done.");
        Assert.Equal(EntityKind.Person, KindOf(doc, "Matt Law"));
        Assert.Equal(EntityKind.Institution, KindOf(doc, "Harbour Times"));
        Assert.Equal("person:matt-law", Assert.Single(doc.Statements).SpeakerId);
    }

    [Theory]
    [InlineData("Labour said the port sale was a mess.")]
    [InlineData("Jane Roe, who defected to Labour on Wednesday, said the port sale was a mess. Tom Hale, who left Labour in May, agreed.")]
    public void Labour_capitalised_before_a_verb_or_inside_a_sentence_is_the_party(string sentence)
    {
        var doc = Extract(sentence);
        Assert.Contains(doc.Entities, e => e.Name == "Labour" && e.Kind == EntityKind.Institution);
    }

    [Theory]
    [InlineData("Tom Hale party members denied the claims on Monday.", "Tom Hale party")]
    [InlineData("Jane Roe denied the report at a Christmas party held by the club.", "Christmas party")]
    public void A_lower_case_party_after_a_name_or_a_feast_is_no_organisations_name(string sentence, string name) =>
        Assert.DoesNotContain(Extract(sentence).Entities, e => e.Name == name);

    [Theory]
    [InlineData("Labour costs rose in May.")]
    [InlineData("The union said labour was scarce in May.")]
    public void Labour_as_a_word_is_no_party(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Entities, e => e.Name == "Labour");

    [Theory]
    [InlineData("The Interior ministry contradicted reports that the port was sold.", "Interior ministry")]
    [InlineData("The spokesperson of the Health ministry contradicted reports that the port was sold.", "Health ministry")]
    public void A_capitalised_portfolio_before_a_lower_case_ministry_names_it(string sentence, string name)
    {
        var doc = Extract(sentence);
        var ministry = Assert.Single(doc.Entities, e => e.Name == name);
        Assert.Equal(ministry.Id, doc.Require(ministry.Id, Stance.Denied, "port was sold").SpeakerId);
    }

    [Theory]
    [InlineData("The ministry published a Media Statement on Fake Press Releases on Monday.")]
    [InlineData("The Harbour Ministry on the National Action Plan was quiet.")]
    public void A_documents_title_or_a_topic_after_on_is_no_part_of_an_institutions_name(string sentence)
    {
        var doc = Extract(sentence);
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("Statement", StringComparison.Ordinal) || e.Name.Contains(" on ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_university_of_a_known_city_is_an_institution_and_the_city_stays_a_place()
    {
        var doc = Extract("The University of Wolverhampton has denied claims it could close a campus.\n\nA rally was held in the city of Wolverhampton.");
        Assert.Equal("institution:university-of-wolverhampton", Assert.Single(doc.Statements).SpeakerId);
        Assert.Equal(EntityKind.Place, KindOf(doc, "Wolverhampton"));
    }
    [Theory]
    [InlineData("Jane Roe, Director-General of the Harbour Health Organisation (HHO), said the port was safe.", "Harbour Health Organisation")]
    [InlineData("The Secretary-General of the Harbour Nations Union, Jane Roe, said the port was safe.", "Harbour Nations Union")]
    public void A_hyphenated_office_before_of_is_no_part_of_the_bodys_name(string sentence, string body)
    {
        var doc = Extract(sentence);
        Assert.Equal(EntityKind.Institution, KindOf(doc, body));
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("Director-General", StringComparison.Ordinal) || e.Name.StartsWith("Secretary-General", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Health director-general Datuk Seri Dr Noor Hisham Abdullah said the port was safe.")]
    [InlineData("Health Director-General Datuk Dr Noor Hisham Abdullah at a press conference in the port.")]
    public void Malaysian_honorifics_are_titles_before_the_name(string sentence)
    {
        var doc = Extract(sentence);
        Assert.Equal(EntityKind.Person, KindOf(doc, "Noor Hisham Abdullah"));
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("Datuk", StringComparison.Ordinal));
    }
    [Fact]
    public void A_site_named_by_its_address_is_an_outlet_and_the_adjective_before_it_no_name()
    {
        var doc = Extract("Bike-sharing firm Norvo is in trouble.\n\nDomestic news site harbourwatch.com said on Monday that Norvo is laying off half its staff.\n\n" +
            "The harbourwatch.com report said the company had closed its depot.");
        Assert.Equal(EntityKind.Institution, KindOf(doc, "harbourwatch.com"));
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Domestic");
        Assert.Contains(doc.Statements, x => x.SpeakerId == doc.Entities.Single(e => e.Name == "harbourwatch.com").Id && x.Evidence.Contains("depot", StringComparison.Ordinal));
    }
}
