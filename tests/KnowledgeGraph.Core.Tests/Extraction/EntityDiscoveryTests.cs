using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Names outside the registry, on invented sentences: outlets and places the gazetteers know, unknown names found by
/// where they stand (speaker position, outlet appositions), and person names with middle initials.
/// </summary>
public sealed class EntityDiscoveryTests
{
    [Theory]
    [InlineData("Caretaker Harbour and Water minister Datuk Seri Tom Hale said he had never approved any pier projects.", "Tom Hale")]
    [InlineData("Health and Social Care minister Jane Roe said she had never approved the pier projects.", "Jane Roe")]
    public void Capitals_before_a_lower_case_minister_and_a_name_are_the_portfolio(string sentence, string person)
    {
        var doc = Seeds.Extract("portfolio.txt", "Pier projects row\n\n" + sentence);
        Assert.DoesNotContain(doc.Entities, e => e.Kind == EntityKind.Institution);
        var only = Assert.Single(doc.Statements);
        Assert.Equal(person, doc.Entities.Single(e => e.Id == only.SpeakerId).Name);
    }

    [Theory]
    [InlineData("Harlow College denied claims on Monday that it spied on students.", "Harlow College")]
    [InlineData("St Brendan's College said the report was wrong.", "St Brendan's College")]
    public void A_college_is_an_organisation(string sentence, string name)
    {
        var doc = Invented.Extract("college.txt", sentence);
        Assert.Equal(EntityKind.Institution, doc.Entities.Single(e => e.Name == name).Kind);
        Assert.Single(doc.Statements, s => s.SpeakerId == doc.Entities.Single(e => e.Name == name).Id);
    }

    [Fact]
    public void An_organisation_before_its_spokesman_stays_an_organisation()
    {
        var doc = Invented.Extract("portfolio.txt", "Northwind Shipping spokesman Tom Hale said the pier was sold.");
        Assert.Contains(doc.Entities, e => e.Name == "Northwind Shipping" && e.Kind == EntityKind.Institution);
    }

    private static ExtractedDocument Extract(string body) => Invented.Extract("entities.txt", body);

    private static ExtractedEntity? Named(ExtractedDocument doc, string name) =>
        doc.Entities.SingleOrDefault(e => e.Name == name || e.Aliases.Contains(name));

    [Fact]
    public void An_outlet_of_the_outlet_table_is_an_entity_and_the_intermediary_of_what_is_said_to_it()
    {
        var doc = Extract("In an interview with Sky News on Monday, port director Maria Okafor said the terminal would open in May.");
        var sky = Named(doc, "Sky News");
        Assert.NotNull(sky);
        Assert.Equal(EntityKind.Institution, sky.Kind);
        Assert.Contains(sky.Id, doc.Require("person:maria-okafor", Stance.Said, "terminal would open").ReportedBy);
    }

    [Fact]
    public void A_one_word_speaker_who_carries_the_surname_of_a_person_of_the_article_is_that_person()
    {
        var doc = Extract("Stanley Okoro, a spokesman for the port authority, issued a statement on Saturday.\n\n" +
            "The statement condemned claims about posters featuring President Bola Tinubu. Okoro emphasized that such narratives were desperate attempts to divide the cabinet.\n\n" +
            "\u201CThe bond between the ministers remains unshaken,\u201D he asserted.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Okoro");
        doc.Require("person:stanley-okoro", Stance.Said, "desperate attempts to divide");
        doc.Require("person:stanley-okoro", Stance.Said, "bond between the ministers");
    }

    [Theory]
    [InlineData("Foreign Minister AK Abdul Rahim told reporters the claims were false.", "AK Abdul Rahim")]
    [InlineData("City magistrate V K Srivastava told reporters the claims were false.", "V K Srivastava")]
    [InlineData("US President Joe Biden told reporters the claims were false.", "Joe Biden")]
    [InlineData("Health Minister K.K. Abdul Rahim told reporters the claims were false.", "K.K. Abdul Rahim")] // written together
    [InlineData("District Collector K. Mohammed Y. Okafor told reporters the claims were false.", "K. Mohammed Y. Okafor")]
    [InlineData("U.S. President Joe Biden told reporters the claims were false.", "Joe Biden")] // a dotted country is no initials
    [InlineData("U.N. envoy Joe Biden told reporters the claims were false.", "Joe Biden")]
    public void Initials_between_a_title_and_a_name_are_the_names(string sentence, string name)
    {
        var doc = Extract(sentence);
        var person = Assert.Single(doc.Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal(name, person.Name);
        Assert.Equal(person.Id, Assert.Single(doc.Statements).SpeakerId);
    }

    [Theory]
    [InlineData("Officials said so. K Rajendran had on Tuesday alleged that the port was sold.", "K Rajendran")]
    [InlineData("Harbour Affairs and SC, ST Welfare AK Velan has refuted the allegation that the port was sold.", "AK Velan")]
    [InlineData("Officials said so. V K Thampuran on Monday alleged that the port was sold.", "V K Thampuran")]
    public void Initials_without_stops_open_a_name_whose_surname_the_lists_lack(string sentence, string name)
    {
        var doc = Extract(sentence);
        var person = Assert.Single(doc.Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal(name, person.Name);
        Assert.Equal(person.Id, Assert.Single(doc.Statements).SpeakerId);
    }

    [Theory]
    [InlineData("Former aide and Senator Christopher \u201CBong\u201D Velasco also debunked the advisory, saying it was fake.", "Christopher Velasco", "Velasco said the public should not believe it.")]
    [InlineData("Senator Ronald \"Bato\" dela Rosa also debunked the advisory, saying it was fake.", "Ronald dela Rosa", "Dela Rosa said the public should not believe it.")]
    [InlineData("Director General Ronald \u201CBato\u201D de la Rosa, the police chief, debunked the advisory, saying it was fake.", "Ronald de la Rosa", "De la Rosa said the public should not believe it.")]
    public void A_nickname_in_quotation_marks_between_given_name_and_surname_is_one_person(string first, string name, string second)
    {
        var doc = Extract(first + "\n\n" + second);
        var person = Assert.Single(doc.Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal(name, person.Name);
        Assert.All(doc.Statements, s => Assert.Equal(person.Id, s.SpeakerId));
        Assert.Contains(doc.Statements, s => s.Evidence.Contains("debunked", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_after_a_title_of_an_organisation_is_the_title_holder_whom_the_organisations_ceo_names_again()
    {
        var doc = Extract("KARACHI: The Chief Executive Officer (CEO) of the Harbour Hockey Federation (HHF) Wasim Karimi has said that the reports of a new coach are untrue.\n\n" +
            "\u201CWe have not signed a deal with anyone,\u201D the HHF CEO said.");
        var person = Assert.Single(doc.Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal("Wasim Karimi", person.Name);
        Assert.All(doc.Statements, s => Assert.Equal(person.Id, s.SpeakerId));
        Assert.Contains(doc.Statements, s => s.Evidence.Contains("signed a deal", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Frontman")]
    [InlineData("Vocalist")]
    [InlineData("Guitarist")]
    public void A_bands_role_opening_a_sentence_is_no_part_of_the_name(string role)
    {
        var doc = Extract("The band met on Friday.\n\n" + role + " Jo Reyes said the album was nearly done.");
        Assert.Equal("Jo Reyes", Assert.Single(doc.Entities, e => e.Kind == EntityKind.Person).Name);
    }

    [Fact]
    public void A_portfolio_listed_with_commas_after_a_title_is_no_name()
    {
        var doc = Extract("Harbouria's Minister of Higher Education, Science and Technology has denied his involvement in corruption.\n\n" +
            "Minister Blade Okonkwo was accused of receiving kickbacks.");
        Assert.DoesNotContain(doc.Entities, e => e.Name is "Science" or "Technology" or "Science and Technology");
        Assert.DoesNotContain(doc.Statements, s => doc.Entities.Single(e => e.Id == s.SpeakerId).Kind == EntityKind.Institution);
    }

    [Fact]
    public void Capitals_in_brackets_after_a_persons_name_are_a_portfolio_and_a_plural_title_is_no_part_of_a_name()
    {
        var doc = Extract("The ministers denied the claims on Monday.\n\nHe was flanked by CSs Mary Wambui (Health), Joe Kamau (ICT) and James Otieno (Transport).\n\n" +
            "Kamau said the claims were false.");
        Assert.Equal(["James Otieno", "Joe Kamau", "Mary Wambui"], doc.Entities.Where(e => e.Kind == EntityKind.Person).Select(e => e.Name).Order());
        Assert.Equal("person:joe-kamau", Assert.Single(doc.Statements).SpeakerId);
    }

    [Theory]
    [InlineData("A Norvell press release said the port was sold.", "Norvell")] // "A" opening a sentence is the article
    [InlineData("Harbour TD Paul Reyes said the port was sold.", "Paul Reyes")] // letters after a name, before a given name
    public void Capitals_that_are_no_initials_stay_outside_the_name(string sentence, string name)
    {
        var doc = Extract(sentence);
        var only = Assert.Single(doc.Statements);
        Assert.Equal(name, doc.Entities.Single(e => e.Id == only.SpeakerId).Name);
    }

    [Theory]
    [InlineData("According to Aussie magazine Woman's Day, the singer Jane Roe said the tour was over.", "Woman's Day")]
    [InlineData("The weekly Harper's Bazaar reported that the tour was over.", "Harper's Bazaar")]
    public void An_outlets_name_after_its_noun_may_hold_a_possessive(string sentence, string name)
    {
        var outlet = Named(Extract(sentence), name);
        Assert.NotNull(outlet);
        Assert.Equal(EntityKind.Institution, outlet.Kind);
    }

    [Fact]
    public void A_capitalised_today_after_an_outlets_word_closes_the_outlets_name()
    {
        var doc = Extract("Port director Maria Okafor told Harbour Mail Today that the terminal would open in May.");
        var outlet = Named(doc, "Harbour Mail Today");
        Assert.NotNull(outlet);
        Assert.Equal([outlet.Id], doc.Require("person:maria-okafor", Stance.Said, "terminal would open").ReportedBy);
    }

    [Fact]
    public void A_capitalised_today_after_a_persons_name_stays_outside_it()
    {
        var doc = Extract("Port director Maria Okafor met union leader Tom Reyes Today, a spokesman said.");
        Assert.NotNull(Named(doc, "Tom Reyes"));
        Assert.Null(Named(doc, "Tom Reyes Today"));
    }

    [Fact]
    public void A_possessive_after_an_outlets_name_before_another_name_stays_outside_it()
    {
        var doc = Extract("The newspaper Norvell Ledger's editor Jane Roe said the story was true.");
        Assert.Null(Named(doc, "Norvell Ledger's editor"));
        doc.Require("person:jane-roe", Stance.Said, "story was true");
    }

    [Theory]
    [InlineData("Iron and steel giant, Norvell, denied that it was fighting off a hostile takeover.")]
    [InlineData("IRON and steel giant, Norvell, denied that it was fighting off a hostile takeover.")]
    [InlineData("The mining group, Norvell, denied that it was fighting off a hostile takeover.")]
    public void A_name_set_off_after_an_organisations_noun_is_that_organisation_and_speaks(string sentence)
    {
        var doc = Extract(sentence);
        var norvell = Assert.Single(doc.Entities, e => e.Name == "Norvell");
        Assert.Equal(EntityKind.Institution, norvell.Kind);
        doc.Require(norvell.Id, Stance.Denied, "fighting off a hostile takeover");
    }

    [Fact]
    public void A_person_set_off_after_a_role_still_speaks_as_a_person()
    {
        var doc = Extract("The port director, Maria Okafor, denied that the terminal was for sale.");
        doc.Require("person:maria-okafor", Stance.Denied, "terminal was for sale");
    }

    [Theory]
    [InlineData("La Radio del Sur said the port had been closed since May.", "La Radio del Sur")]
    [InlineData("Radio de Buenos Aires said the port had been closed since May.", "Radio de Buenos Aires")]
    public void A_romance_of_before_a_place_goes_on_in_an_organisations_name(string sentence, string name)
    {
        var doc = Extract(sentence);
        var radio = Assert.Single(doc.Entities, e => e.Name == name);
        Assert.Equal(radio.Id, Assert.Single(doc.Statements).SpeakerId);
        Assert.DoesNotContain(doc.Entities, e => e.Kind == EntityKind.Place && name.EndsWith(e.Name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Northwind (NYSE: NWD) stepped up its defence on Wednesday.")]
    [InlineData("Northwind (NWD.L) stepped up its defence on Wednesday.")]
    public void A_name_before_a_stock_ticker_is_a_company_that_the_company_refers_to(string lead)
    {
        var doc = Extract(lead + "\n\nThe company said the harbour report was wrong about the terminal.");
        var northwind = Named(doc, "Northwind");
        Assert.NotNull(northwind);
        Assert.Equal(EntityKind.Institution, northwind.Kind);
        Assert.Equal(northwind.Id, Assert.Single(doc.Statements).SpeakerId);
    }

    [Theory]
    [InlineData("The Oshkosh Police Department and the Northwind Logistics company are investigating.", "Oshkosh Police Department", "Northwind Logistics")]
    [InlineData("The Oshkosh Police Department and Northwind Logistics are investigating.", "Oshkosh Police Department", "Northwind Logistics")]
    [InlineData("Northwind Corp and Southgate Inc have denied claims that they were hacked.", "Northwind Corp", "Southgate Inc")]
    [InlineData("The Department of Health and Human Services said the rule was final.", "Department of Health and Human Services", null)]
    public void And_joins_two_organisations_after_a_complete_name_but_stays_inside_a_name(string sentence, string first, string? second)
    {
        var doc = Extract(sentence);
        Assert.NotNull(Named(doc, first));
        if (second is not null)
        {
            Assert.NotNull(Named(doc, second));
        }

        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains(" and the ", StringComparison.Ordinal) || (second is not null && e.Name.Contains(second, StringComparison.Ordinal) && e.Name != second));
    }

    [Fact]
    public void A_courtesy_title_written_without_a_full_stop_is_not_part_of_the_name()
    {
        var doc = Extract("Port director Sam Whitfield opened the terminal on Monday.\n\nMr Whitfield said the terminal would handle grain from May.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("Mr ", StringComparison.Ordinal));
        doc.Require("person:sam-whitfield", Stance.Said, "handle grain");
    }

    [Fact]
    public void A_city_of_the_gazetteer_is_a_place_unless_it_begins_a_longer_name()
    {
        var doc = Extract("The company, which is based in Cupertino, said the terminal would open in May. The Boston Globe reported the delay.");
        Assert.Equal(EntityKind.Place, Named(doc, "Cupertino")?.Kind);
        Assert.Null(Named(doc, "Boston"));
    }

    [Theory]
    [InlineData("New Haven")]
    [InlineData("New Orleans")]
    public void A_place_opening_with_a_word_that_is_no_name_alone_is_the_whole_place(string city)
    {
        var doc = Extract($"Maria Okafor said the terminal in {city} would open in May.");
        Assert.Equal(EntityKind.Place, Named(doc, city)?.Kind);
        Assert.DoesNotContain(doc.Entities, e => e.Name == city.Split(' ')[1] || e.Name == "Orléans");
    }

    [Fact]
    public void New_alone_still_opens_no_name()
    {
        var doc = Extract("New rules took effect on Monday. Maria Okafor said the terminal would open in May.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("New", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Boston police said the video was fake.", "Boston police")]
    [InlineData("New Haven police officials said the video was fake.", "New Haven police")]
    [InlineData("Police in Aurora, Colorado, early Sunday dismissed claims that the video was real.", "Aurora police")]
    [InlineData("On Sunday, police in Oshkosh said the video was fake.", "Oshkosh police")]
    public void A_city_police_force_is_the_organisation_that_speaks_not_the_city(string sentence, string force)
    {
        var doc = Extract(sentence);
        var police = Named(doc, force);
        Assert.NotNull(police);
        Assert.Equal(EntityKind.Institution, police.Kind);
        var s = Assert.Single(doc.Statements);
        Assert.Equal((police.Id, Stance.Denied), (s.SpeakerId, s.Stance));
    }

    [Fact]
    public void A_one_word_place_that_is_also_a_surname_or_an_english_word_is_left_alone()
    {
        var doc = Extract("Port director Maria Houston said the terminal would open in May, in time for the Reading festival.");
        Assert.Null(Named(doc, "Houston"));
        Assert.DoesNotContain(doc.Entities, e => e.Kind == EntityKind.Place && e.Name == "Reading");
    }

    [Fact]
    public void A_middle_initial_does_not_end_the_name_or_the_sentence()
    {
        var doc = Extract("Superior Court Judge Robert L. Holzberg said on Monday that the trial would go ahead in May.");
        var judge = doc.Entities.Single(e => e.Kind == EntityKind.Person);
        Assert.Equal("Robert L. Holzberg", judge.Name);
        Assert.Equal(EntityKind.Institution, Named(doc, "Superior Court")?.Kind);
        doc.Require(judge.Id, Stance.Said, "trial would go ahead");
    }

    [Fact]
    public void A_name_before_an_outlet_noun_is_an_outlet_that_reports_for_itself()
    {
        var doc = Extract("Zarvana magazine reported last week that the terminal had been sold to a foreign buyer.");
        var outlet = Named(doc, "Zarvana");
        Assert.NotNull(outlet);
        Assert.Equal(EntityKind.Institution, outlet.Kind);
        var statement = doc.Require(outlet.Id, Stance.Said, "terminal had been sold");
        Assert.Contains(outlet.Id, statement.ReportedBy);
    }

    [Fact]
    public void An_unknown_one_word_speaker_is_found_when_the_article_also_writes_it_inside_a_sentence()
    {
        var doc = Extract("Shares in Kellvar fell on Monday.\n\nKellvar said the terminal would open in May.");
        var company = Named(doc, "Kellvar");
        Assert.NotNull(company);
        Assert.Equal(EntityKind.Institution, company.Kind);
        doc.Require(company.Id, Stance.Said, "terminal would open");
    }

    [Theory]
    [InlineData("Reports said the terminal would open in May.")]
    [InlineData("Officials said the terminal would open in May.")]
    [InlineData("Meanwhile said the terminal would open in May.")] // an English word, however odd the sentence
    public void A_capitalised_opener_with_no_other_sign_of_a_name_is_not_an_entity(string sentence)
    {
        var doc = Extract(sentence);
        Assert.DoesNotContain(doc.Entities, e => e.Kind != EntityKind.Place);
    }

    [Fact]
    public void A_one_word_name_never_written_without_its_title_keeps_the_title()
    {
        var stage = Extract("Rapper Professor Zedd said on Monday that the tour would go ahead in May.");
        Assert.Contains(stage.Entities, e => e.Kind == EntityKind.Person && e.Name == "Professor Zedd");

        var office = Extract("Professor Zedd said on Monday that the tour would go ahead in May. Zedd added that tickets were sold out.");
        Assert.Contains(office.Entities, e => e.Kind == EntityKind.Person && e.Name == "Zedd");
    }

    [Theory]
    [InlineData("\u201CWe are not cutting jobs at the terminal,\u201D a Quorvane spokesperson said.", "Quorvane")]
    [InlineData("An Ostrava Ferries official said the terminal would stay open.", "Ostrava Ferries")]
    [InlineData("Lumora Pharma said on Monday that the terminal trial was safe.", "Lumora Pharma")]
    public void The_company_a_spokesperson_speaks_for_is_an_organisation_that_speaks(string sentence, string name)
    {
        var doc = Extract(sentence);
        var company = Named(doc, name);
        Assert.NotNull(company);
        Assert.Equal(EntityKind.Institution, company.Kind);
        Assert.Single(doc.Statements, s => s.SpeakerId == company.Id);
    }

    [Theory]
    [InlineData("Chelsea denied the transfer report on Monday. The club said the striker was not for sale.", "Chelsea")]
    [InlineData("Mills dismissed the report as speculation. The company said it had no plans to close the terminal.", "Mills")]
    public void A_one_word_speaker_the_next_sentence_calls_the_club_or_the_company_is_that_organisation(string text, string name)
    {
        var doc = Extract(text);
        var organisation = Named(doc, name);
        Assert.NotNull(organisation);
        Assert.Equal(EntityKind.Institution, organisation.Kind);
        Assert.Equal(2, doc.Statements.Count(s => s.SpeakerId == organisation.Id));
    }

    [Fact]
    public void A_company_noun_after_another_name_is_not_the_one_word_speakers()
    {
        var doc = Extract("Mills denied the report about Northwind Logistics. The company said it had no plans to close the terminal.");
        Assert.Equal(EntityKind.Person, Named(doc, "Mills")!.Kind);
    }

    [Fact]
    public void A_name_before_an_organisation_noun_is_an_organisation_only_where_it_speaks()
    {
        var doc = Extract("Staff in the Blue Water group, describing the sale as finished, had left.\n\nThe Blue Water group said the sale was finished.");
        var group = Assert.Single(doc.Entities, e => e.Name == "Blue Water");
        Assert.Single(doc.Statements, s => s.SpeakerId == group.Id);

        var silent = Extract("Staff in the Blue Water group, describing the sale as finished, had left.");
        Assert.DoesNotContain(silent.Entities, e => e.Name == "Blue Water");
    }
    [Theory]
    [InlineData("The appeal concerns Harold P. Wexley, convicted last year of fraud at the port.", "Harold P. Wexley")]
    [InlineData("The harbour was built for Tessa Abernethy, whose family owns the ferries.", "Tessa Abernethy")]
    [InlineData("Dockers cheered when Helena van Oorschot arrived at the gate.", "Helena van Oorschot")]
    public void A_run_opening_with_a_given_name_is_a_person_without_any_other_cue(string sentence, string name)
    {
        var person = Named(Extract(sentence), name);
        Assert.NotNull(person);
        Assert.Equal(EntityKind.Person, person.Kind);
    }

    [Theory]
    [InlineData("The ferry leaves from Victoria Street every hour.", "Victoria Street")]
    [InlineData("Crowds marked Martin Luther King Day at the harbour.", "Martin Luther King Day")]
    [InlineData("Traders at Harold Logistics expect the berth to be full.", "Harold Logistics")]
    public void A_given_name_before_a_place_or_organisation_word_does_not_make_a_person(string sentence, string name) =>
        Assert.DoesNotContain(Extract(sentence).Entities, e => e.Name == name && e.Kind == EntityKind.Person);

    [Theory]
    [InlineData("Mark Harbour is a phrase the dockers use.", "Mark Harbour")]
    [InlineData("The dockers use Rose Quay as a meeting point.", "Rose Quay")]
    public void A_given_name_that_is_also_a_word_needs_a_known_surname_or_the_last_word_alone(string sentence, string name) =>
        Assert.DoesNotContain(Extract(sentence).Entities, e => e.Name == name);

    [Theory]
    [InlineData("Dockers cheered when Mark Quarless arrived at the gate.", "Mark Quarless")]
    [InlineData("The harbour pilot, Grace Abernethy, arrived at the gate.", "Grace Abernethy")]
    public void A_given_name_that_is_also_a_word_makes_a_person_before_a_surname_that_is_no_word(string sentence, string name)
    {
        var person = Named(Extract(sentence), name);
        Assert.NotNull(person);
        Assert.Equal(EntityKind.Person, person.Kind);
    }

    [Theory]
    [InlineData("Collectors flocked to Art Basel on Friday.", "Art Basel")]
    [InlineData("Dockers sang Grace Harbour at the gate.", "Grace Harbour")]
    public void A_given_name_that_is_also_a_word_before_a_place_or_a_word_is_no_person(string sentence, string name) =>
        Assert.DoesNotContain(Extract(sentence).Entities, e => e.Name == name && e.Kind == EntityKind.Person);

    [Fact]
    public void An_office_before_a_one_word_name_is_not_part_of_the_name()
    {
        var doc = Extract("Energy Secretary Quarless “has not reversed course,” a spokeswoman said. The harbour waited for Secretary Quarless.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("Secretary", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_name_that_comes_out_to_deny_is_the_speaker()
    {
        var doc = Extract("Harbour giants, Zorvanta has come out to deny a rumour that the terminal was sold.");
        var zorvanta = Named(doc, "Zorvanta");
        Assert.NotNull(zorvanta);
        Assert.Contains(doc.Statements, s => s.SpeakerId == zorvanta.Id && s.Stance == Stance.Denied);
    }

    [Fact]
    public void A_name_glued_to_an_adverb_by_scraping_is_split_from_it()
    {
        var doc = Extract("The sports daily Zorvatikrecently reported that the terminal had been sold.");
        var zorvatik = Named(doc, "Zorvatik");
        Assert.NotNull(zorvatik);
        Assert.Contains(doc.Statements, s => s.SpeakerId == zorvatik.Id);
        Assert.NotNull(Named(Extract("Quarterly figures from the harbour impressed Kimberly Abernethy."), "Kimberly Abernethy")); // whole words stay whole
    }

    [Fact]
    public void An_abbreviated_office_is_a_title_not_an_organisation()
    {
        var doc = Seeds.Extract("entities.txt", "Deputy PM condemns ‘unfair caricature’ of harbour culture\n\nPM condemns the strike at the port.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "PM");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId.EndsWith(":pm", StringComparison.Ordinal));
    }

    [Fact]
    public void North_america_is_a_region_not_the_united_states()
    {
        var doc = Extract("Ships from Europe and North America wait outside the harbour.");
        Assert.NotNull(Named(doc, "North America"));
        Assert.DoesNotContain(doc.Entities, e => e.Name == "United States");
    }

    [Fact]
    public void A_given_name_that_is_also_a_word_makes_a_person_when_the_article_writes_the_surname_alone()
    {
        var person = Named(Extract("The appeal concerns Mark Quarless, a former docker. Quarless was not in court."), "Mark Quarless");
        Assert.NotNull(person);
        Assert.Equal(EntityKind.Person, person.Kind);
    }

    [Theory]
    [InlineData("The ferry was late again. (Reporting by Tessa Abernethy; editing by Harold Wexley)")]
    [InlineData("Dockers walked out at dawn. \u00A9 Tessa Abernethy, AP")]
    [InlineData("This article by Tessa Abernethy and Harold Wexley first appeared in the Harbour Gazette.")]
    [InlineData("By Tessa Abernethy\n\nDockers walked out at dawn, Harold Wexley said.")]
    [InlineData("07:58 , Tessa Abernethy\n\nDockers walked out at dawn.")]
    public void Names_in_credits_and_bylines_are_not_entities(string body) =>
        Assert.DoesNotContain(Extract(body).Entities, e => e.Name == "Tessa Abernethy");

    [Theory]
    [InlineData("Inspectors from the EPA visited the harbour on Monday.", "EPA", EntityKind.Institution)]
    [InlineData("Ships from Latin America wait outside the harbour.", "Latin America", EntityKind.Place)]
    [InlineData("The harbour was renamed after Abraham Lincoln in 1870.", "Abraham Lincoln", EntityKind.Person)]
    public void A_proper_name_wordnet_knows_is_an_entity_of_its_kind(string sentence, string name, EntityKind kind)
    {
        var entity = Named(Extract(sentence), name);
        Assert.NotNull(entity);
        Assert.Equal(kind, entity.Kind);
    }

    [Fact]
    public void A_wordnet_name_inside_a_longer_name_does_not_cut_it()
    {
        var doc = Extract("Dockers met the Central Committee of the Communist Party of the harbour on Monday.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Communist Party");
    }

    [Fact]
    public void A_place_without_a_government_of_its_own_is_never_a_speaker()
    {
        var doc = Extract("Rotterdam said the harbour was full. The port authority of Rotterdam said the berths were empty.");
        Assert.DoesNotContain(doc.Statements, s => doc.Entities.Single(e => e.Id == s.SpeakerId).Kind == EntityKind.Place);
    }

    [Fact]
    public void A_one_word_speaker_is_the_only_person_of_the_article_when_it_is_that_persons_surname()
    {
        var doc = Extract("Port director Maria Okafor spoke on Monday.\n\nOkafor said the terminal was full.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Okafor");
        doc.Require("person:maria-okafor", Stance.Said, "terminal was full");
    }

    [Theory]
    [InlineData("Chief executive Mark Street said the report was wrong.")]
    [InlineData("Mark Street said the report was wrong.")]
    public void A_given_name_and_a_street_word_that_speaks_is_a_person(string sentence)
    {
        var doc = Extract(sentence);
        Assert.Equal(EntityKind.Person, Named(doc, "Mark Street")?.Kind);
        Assert.Single(doc.Statements);
    }

    [Fact]
    public void A_given_name_and_a_street_word_where_something_happens_is_a_street()
    {
        var doc = Extract("The rally on Mark Street was peaceful, Jane Roe said.");
        Assert.Equal(EntityKind.Place, Named(doc, "Mark Street")?.Kind);
    }

    [Theory]
    [InlineData("Air New Zealand has denied that two of its aircraft were damaged.", "Air New Zealand")]
    [InlineData("Air India said the flights would resume on Monday.", "Air India")]
    public void Air_before_a_country_is_its_airline_that_speaks(string sentence, string airline)
    {
        var doc = Extract(sentence);
        var carrier = Named(doc, airline);
        Assert.NotNull(carrier);
        Assert.Equal(EntityKind.Institution, carrier.Kind);
        Assert.Equal(carrier.Id, Assert.Single(doc.Statements).SpeakerId);
    }

    [Fact]
    public void Air_as_a_word_before_a_country_is_no_airline()
    {
        var doc = Extract("Air pollution in New Zealand is low, Jane Roe said.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("Air", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("An MP accused of fraud has flatly denied the report.")]
    [InlineData("The MEP denied the report on Monday.")]
    public void A_members_title_alone_is_no_organisation(string sentence)
    {
        var doc = Invented.Extract("titles.txt", "The port was sold on Monday.\n\n" + sentence);
        Assert.DoesNotContain(doc.Entities, e => e.Name is "MP" or "MEP" or "Military Police");
    }

    [Fact]
    public void A_title_before_a_name_is_not_part_of_it()
    {
        var doc = Invented.Extract("titles.txt", "Labour MP Daniel Ekwueme denied the report on Monday.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal("Daniel Ekwueme", doc.Entities.Single(e => e.Id == s.SpeakerId).Name);
    }

    [Theory]
    [InlineData("The port was sold, the French newspaper Le Matin reported.", "Le Matin")]
    [InlineData("The port was sold, the sports daily Harbour Ledger reported on Tuesday.", "Harbour Ledger")]
    [InlineData("The port was sold, television channel HT Now reported on Tuesday.", "HT Now")]
    public void A_name_after_an_outlet_noun_is_that_outlet_though_it_reads_as_a_persons(string sentence, string name)
    {
        var doc = Invented.Extract("outlets.txt", sentence + "\n\nThe newspaper said the port was sold for a billion.");
        var outlet = doc.Entities.Single(e => e.Name == name);
        Assert.Equal(EntityKind.Institution, outlet.Kind);
        Assert.Equal(2, doc.Statements.Count(s => s.SpeakerId == outlet.Id));
    }

    [Fact]
    public void A_chain_of_titles_before_a_name_is_no_organisation()
    {
        var doc = Invented.Extract("titles.txt", "Palace Press Officer and Communications Undersecretary Maria Okafor said the photos were real.\n\n" +
            "The Palace official also revealed that the port was closed.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("Officer", StringComparison.Ordinal));
        Assert.All(doc.Statements, s => Assert.Equal("person:maria-okafor", s.SpeakerId));
        Assert.Equal(2, doc.Statements.Count);
    }

    [Fact]
    public void A_ministry_named_with_and_before_a_titled_name_stays_an_organisation()
    {
        var doc = Invented.Extract("titles.txt", "The Ministry of Trade and Industry Secretary Maria Okafor said the port was closed.");
        Assert.Contains(doc.Entities, e => e.Name.StartsWith("Ministry of Trade", StringComparison.Ordinal));
    }

    [Fact]
    public void A_diocese_of_a_two_word_place_is_one_organisation_and_the_diocese_speaks_for_it()
    {
        var doc = Invented.Extract("diocese.txt", "The Diocese of Rockville Centre said in a written statement that the report contained incorrect statements.\n\n" +
            "Criticism of the bishop was unfounded, the diocese said.");
        var diocese = doc.Entities.Single(e => e.Name == "Diocese of Rockville Centre");
        Assert.Equal(2, doc.Statements.Count(s => s.SpeakerId == diocese.Id));
        doc.Require(diocese.Id, Stance.Denied, "unfounded");
    }

    [Fact]
    public void A_lower_case_hospital_after_capitalised_words_heads_the_name()
    {
        var doc = Invented.Extract("hospital.txt", "The Health Ministry and Mater Dei hospital have categorically denied a Harbour Times story that a patient died in the corridors.");
        Assert.Contains(doc.Statements, s => doc.Entities.Single(e => e.Id == s.SpeakerId).Name == "Mater Dei hospital" && s.Stance == Stance.Denied);
    }

    [Fact]
    public void A_lower_case_brand_of_letters_and_digits_opens_an_organisations_name()
    {
        var doc = Invented.Extract("brand.txt", "The e2 Harbour Company has rejected a complaint about its cranes.");
        var company = Assert.Single(doc.Entities, e => e.Name == "e2 Harbour Company");
        Assert.Equal(EntityKind.Institution, company.Kind);
        doc.Require(company.Id, Stance.Denied, "rejected a complaint");
    }

    [Theory]
    [InlineData("\u201cWe have tried our best,\u201d said Nanaimo Coun. Femi Bello.")]
    [InlineData("\u201cWe have tried our best,\u201d said Cllr Femi Bello.")]
    public void Councillors_abbreviated_titles_are_titles(string sentence)
    {
        var doc = Invented.Extract("council.txt", sentence);
        var bello = Assert.Single(doc.Entities, e => e.Name == "Femi Bello");
        Assert.Equal(bello.Id, Assert.Single(doc.Statements).SpeakerId);
    }

    [Theory]
    [InlineData("New Zealand Cricket (NZC) on Monday dismissed as baseless a report that its players fixed matches.", "New Zealand Cricket")]
    [InlineData("South Africa Rugby Union (SARU) on Monday dismissed as baseless a report that its players were doped.", "South Africa Rugby Union")]
    public void An_acronym_in_brackets_widens_the_name_its_initials_spell(string sentence, string name)
    {
        var doc = Invented.Extract("acronym.txt", sentence);
        var org = Assert.Single(doc.Entities, e => e.Name == name);
        Assert.Equal(org.Id, Assert.Single(doc.Statements).SpeakerId);
    }

    [Fact]
    public void A_possessive_inside_an_organisations_name_stays_in_it_and_a_person_after_it_is_the_person()
    {
        var doc = Invented.Extract("possessive.txt",
            "Senior medical officer at St. Ann's Bay Hospital Dennis Bello said the man was not transported by the hospital.\n\n" +
            "The Harbour Dockers' Association said the claims were a slur.");
        Assert.Contains(doc.Entities, e => e.Name == "St. Ann's Bay Hospital" && e.Kind == EntityKind.Institution);
        doc.Require(Assert.Single(doc.Entities, e => e.Name == "Dennis Bello").Id, Stance.Denied, "not transported");
        doc.Require(Assert.Single(doc.Entities, e => e.Name == "Harbour Dockers' Association").Id, Stance.Said, "slur");
    }

    [Fact]
    public void An_owners_possessive_before_an_organisation_is_not_part_of_its_name()
    {
        var doc = Invented.Extract("possessive.txt", "Warren Buffett's Northwind Holdings Inc. denied reports that it held a stake in the port.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("Buffett's", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Local newspaper Harbour Courier reported last month that the port had been sold.", "Harbour Courier")]
    [InlineData("Zarvana magazine reported last month that the port had been sold.", "Zarvana")]
    public void A_description_before_an_outlet_noun_is_no_name_when_the_name_follows(string sentence, string outlet)
    {
        var doc = Invented.Extract("outlet.txt", sentence);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Local");
        var named = Assert.Single(doc.Entities, e => e.Name == outlet);
        Assert.Equal(named.Id, Assert.Single(doc.Statements).SpeakerId);
    }

    [Theory]
    [InlineData("Acme Corp filed a complaint with the regulator on Monday.", "Acme Corp")]
    [InlineData("On Monday, Northwind Holdings sued the city over the pier.", "Northwind Holdings")]
    [InlineData("Gamma Airways cancelled forty flights after the strike.", "Gamma Airways")]
    public void A_name_ending_in_a_firms_suffix_is_a_company_whatever_its_verb(string sentence, string name)
    {
        var doc = Invented.Extract("firm.txt", sentence);
        var e = Assert.Single(doc.Entities, e => e.Name == name);
        Assert.Equal(EntityKind.Institution, e.Kind);
    }

    [Fact]
    public void A_country_after_a_given_name_closes_the_persons_name_and_the_bare_surname_is_the_person()
    {
        var doc = Extract("Club spokesman Tommy Jordan denied claims that the manager had been sacked.\n\nJordan posted: “Complete lies, all of it.”");
        var jordan = Named(doc, "Tommy Jordan");
        Assert.NotNull(jordan);
        Assert.Equal(EntityKind.Person, jordan.Kind);
        doc.Require(jordan.Id, Stance.Denied, "manager had been sacked");
        Assert.All(doc.Statements, s => Assert.Equal(jordan.Id, s.SpeakerId));
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Government of Jordan");
    }

    [Fact]
    public void A_capital_after_a_given_name_is_a_surname_though_the_name_lists_lack_it()
    {
        var doc = Extract("State witness Vince Muscat claims to know of a sitting minister involved in the heist.\n\nMuscat said the minister was paid.");
        var muscat = Named(doc, "Vince Muscat");
        Assert.NotNull(muscat);
        doc.Require(muscat.Id, Stance.Said, "sitting minister");
        doc.Require(muscat.Id, Stance.Said, "minister was paid");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Government of Oman");
    }

    [Fact]
    public void A_capital_after_a_given_name_and_a_comma_is_the_place()
    {
        var doc = Extract("Vince Harlow, Muscat, said the minister was paid.");
        Assert.Contains(doc.Entities, e => e.Name == "Muscat" && e.Kind == EntityKind.Place);
    }

    [Theory]
    [InlineData("Maria Lima, a spokeswoman for the firm, said the plant was safe.", "Maria Lima")]
    [InlineData("Tom London said the plant was safe and would reopen on Monday.", "Tom London")]
    public void A_capital_after_a_given_name_that_is_also_a_word_is_a_surname_before_an_apposition_or_a_speech_verb(string sentence, string name)
    {
        var doc = Extract(sentence);
        var person = doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId);
        Assert.Equal((EntityKind.Person, name), (person.Kind, person.Name));
    }

    [Fact]
    public void A_capital_speaking_alone_is_still_its_government()
    {
        var doc = Extract("President Ana Ferreira visited the port on Monday.\n\nLima said the plant was safe.");
        Assert.Contains(doc.Statements, s => doc.Entities.Single(e => e.Id == s.SpeakerId).Name == "Government of Peru");
    }

    [Fact]
    public void A_country_the_article_also_writes_as_a_place_keeps_its_bare_name()
    {
        var doc = Extract("Club spokesman Tommy Jordan denied claims that the manager had been sacked.\n\nThe squad flew to Jordan on Monday. Jordan said the match would go ahead.");
        Assert.Equal(EntityKind.Person, Named(doc, "Tommy Jordan")?.Kind);
        doc.Require("institution:government-of-jordan", Stance.Said, "match would go ahead");
    }

    [Theory]
    [InlineData("Harlow Rovers football club of England have denied claims that the manager has been sacked.")]
    [InlineData("Marsh Villa football club have denied claims that the manager has been sacked.")]
    public void A_name_before_a_sports_noun_and_club_is_the_club(string sentence)
    {
        var doc = Extract(sentence);
        var club = doc.Entities.Single(e => e.Name == sentence[..sentence.IndexOf(" football", StringComparison.Ordinal)]);
        Assert.Equal(EntityKind.Institution, club.Kind);
        doc.Require(club.Id, Stance.Denied, "manager has been sacked");
    }

    [Theory]
    [InlineData("Norvell Ltd. said the reports were wrong.", "Norvell Ltd.")]
    [InlineData("Norvell Ltd.'s chairman Tom Reyes said the reports were wrong.", "Norvell Ltd.")]
    public void A_one_word_company_with_its_abbreviated_suffix_is_the_company_not_the_suffix(string sentence, string company)
    {
        var doc = Extract(sentence);
        Assert.Contains(doc.Entities, e => e.Name == company && e.Kind == EntityKind.Institution);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Ltd.");
    }

    [Theory]
    [InlineData("Quintara Groupe has denied that it held talks on the takeover of Norvell.", "Quintara Groupe", "Quintara also confirmed that it has not hired any bank for a takeover.")]
    [InlineData("Quintara GmbH has denied that it held talks on the takeover of Norvell.", "Quintara GmbH", "Quintara also confirmed that it has not hired any bank for a takeover.")]
    public void A_foreign_company_word_ends_a_company_whose_short_name_goes_on(string first, string company, string second)
    {
        var doc = Extract(first + "\n\n" + second);
        var firm = doc.Entities.Single(e => e.Name == company);
        Assert.Equal(EntityKind.Institution, firm.Kind);
        doc.Require(firm.Id, Stance.Denied, "hired");
    }

    [Theory]
    [InlineData("Advisers to Tom Reyes took kickbacks from charities, newsmagazine Quintara reported yesterday.")]
    [InlineData("Advisers to Tom Reyes took kickbacks from charities, the newsweekly Quintara reported yesterday.")]
    public void A_newsmagazine_named_after_its_noun_reports_what_the_clause_before_says(string sentence)
    {
        var doc = Extract(sentence);
        var outlet = doc.Entities.Single(e => e.Name == "Quintara");
        doc.Require(outlet.Id, Stance.Said, "took kickbacks from charities");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:tom-reyes");
    }
}
