using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// Who an unqualified description or "it" refers to (the source already speaking, not the last name in the content),
/// unnamed spokespeople of an organisation, national branches, and denials carried by a verdict of falsehood.
/// </summary>
public sealed class ReferenceAndVerdictTests
{
    private static ExtractedDocument Extract(string body) => Invented.Extract("references.txt", body);

    [Fact]
    public void The_government_and_it_stay_with_the_government_that_is_speaking()
    {
        var doc = Extract("The Government of Cuba has condemned new measures announced by the United States government.\n\n" +
            "In a statement, the government said the measures imposed on shipping were illegal.\n\n" +
            "It added that the policy reflects an attempt to dictate trade relations.");
        doc.Require("institution:government-of-cuba", Stance.Said, "measures imposed on shipping were illegal");
        doc.Require("institution:government-of-cuba", Stance.Said, "attempt to dictate trade relations");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:government-of-the-united-states");
    }

    [Fact]
    public void A_description_noun_fits_a_role_the_text_gives_or_its_kin_and_not_a_merely_recent_name()
    {
        // The registry knows Fernández de Cossío as a deputy minister; the text calls him vice chancellor, then "the
        // diplomat" and "the vice chancellor". A former leader is named in between and never described that way.
        var doc = Extract("Vice Chancellor Carlos Fernández de Cossío stood before a portrait of Fidel Castro in an interview on Monday.\n\n" +
            "\u201CWe want a dialogue with Washington,\u201D the diplomat said.\n\n" +
            "The vice chancellor stressed that contacts on migration continued.");
        doc.Require("person:carlos-fernandez-de-cossio", Stance.Said, "dialogue with Washington");
        doc.Require("person:carlos-fernandez-de-cossio", Stance.Said, "contacts on migration continued");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:fidel-castro");
    }

    [Fact]
    public void A_description_no_one_in_the_article_fits_has_no_speaker()
    {
        var doc = Extract("Maria Okafor, a harbour pilot, spoke at length about the new terminal on Monday.\n\n" +
            "The diplomat said the terminal would open in March.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:maria-okafor");
    }

    [Theory]
    [InlineData("drugmaker")]
    [InlineData("automaker")]
    [InlineData("conglomerate")]
    public void A_noun_for_a_business_is_the_company_speaking_not_the_legislature_in_its_content(string noun)
    {
        var doc = Extract("Zarvex Labs stepped up the defence of its diabetes drug on Wednesday with a response to a report by the U.S. Senate.\n\n" +
            $"The {noun} said the Senate report did not present a balanced view of the drug.");
        var company = doc.Entities.Single(e => e.Name == "Zarvex Labs");
        var s = Assert.Single(doc.Statements);
        Assert.Equal(company.Id, s.SpeakerId);
        Assert.Equal(Stance.Denied, s.Stance);
    }

    [Theory]
    [InlineData("Quintbank, the country's largest bank, denied the report.")]
    [InlineData("The Swiss bank Quintbank denied the report.")]
    [InlineData("Harbour lender Quintbank denied the report.")]
    [InlineData("Quintbank Savings Bank denied the report.")]
    public void A_kind_noun_is_the_organisation_the_article_names_as_that_kind(string introduction)
    {
        // Quintbank is named as a bank (or a lender); a shipping company speaks after it, then the bank.
        var doc = Extract(introduction + " Tavrix Shipping, a company based in Perth, said it had bought the terminal.\n\n" +
            "\u201CWe sold nothing to the shipping firm,\u201D the bank said.");
        var bank = doc.Entities.Single(e => e.Name.StartsWith("Quintbank", StringComparison.Ordinal));
        doc.Require(bank.Id, Stance.Said, "sold nothing");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId != bank.Id && s.Evidence.Contains("sold nothing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_kind_noun_the_article_gives_no_organisation_is_not_the_last_business_named()
    {
        // Barr Pharmaceuticals is named as a company, never as a bank: "the bank" is nobody the article names.
        var doc = Extract("The minister was asked to favour the US company Barr Pharmaceuticals in the sale of the terminal.\n\n" +
            "\u201CThe case is closed and we have nothing to add,\u201D the bank said.");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("nothing to add", StringComparison.Ordinal));
    }

    [Fact]
    public void A_kind_noun_may_be_named_in_the_sentences_after_it()
    {
        var doc = Extract("\u201CThe report is untrue,\u201D the club said on Friday. Harlow Rovers, the club that owns the harbour stadium, " +
            "had been accused of fraud by Tavrix Shipping.");
        doc.Require("institution:harlow-rovers", Stance.Denied, "report is untrue");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:tavrix-shipping");
    }

    [Theory]
    [InlineData("Turkish football giants, Harlow Rovers, have been linked with the striker by Tavrix Shipping, a company based in Perth.")]
    [InlineData("The basketball team Harlow Rovers has been linked with the striker by Tavrix Shipping, a company based in Perth.")]
    public void A_sport_before_the_name_makes_it_the_club(string introduction)
    {
        var doc = Extract(introduction + "\n\nIn a statement, the club said the newspaper should pay for the transfer.");
        doc.Require("institution:harlow-rovers", Stance.Said, "pay for the transfer");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:tavrix-shipping");
    }

    [Theory]
    [InlineData("Cuba's presidential office rejected the report on Sunday.", "A spokesman for the presidential office", "institution:government-of-cuba")]
    [InlineData("Tavrix Shipping rejected the report on Sunday.", "A spokesman for the company", "institution:tavrix-shipping")]
    [InlineData("The Harbour Board rejected the report on Sunday.", "A spokesperson for the board", "institution:harbour-board")]
    public void A_spokesperson_for_a_description_speaks_for_the_institution_it_describes(string lead, string subject, string speaker)
    {
        var doc = Extract(lead + "\n\n" + subject + " said the terminal would reopen in May.");
        doc.Require(speaker, Stance.Said, "terminal would reopen");
    }

    [Fact]
    public void The_presidential_office_is_the_government()
    {
        var doc = Extract("Protests spread across Cuba on Monday.\n\n\u201CThe terminal will reopen in May,\u201D the presidential office said.");
        doc.Require("institution:government-of-cuba", Stance.Said, "terminal will reopen");
    }

    [Fact]
    public void A_spokesperson_for_a_description_nobody_fits_has_no_speaker()
    {
        var doc = Extract("Dockers met on Monday.\n\nA spokesman for the company said the terminal would reopen in May.");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("terminal would reopen", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A Ministry spokesperson")]
    [InlineData("A ministry spokesperson")]
    public void The_spokesperson_after_an_organisations_spokesperson_speaks_for_it(string introduction)
    {
        var doc = Extract("The Harbour Ministry dismissed the claim as baseless on Monday.\n\n" +
            introduction + " quoted a telecast by a local channel on Wednesday afternoon.\n\n" +
            "The spokesperson said it was an important admission that answered the charge.");
        doc.Require("institution:harbour-ministry", Stance.Said, "important admission");
    }

    [Fact]
    public void None_of_is_a_denial_of_the_things_it_names()
    {
        var s = Assert.Single(Extract("Port director Maria Okafor said none of the allegations made in the post had taken place.").Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.StartsWith("The allegations made in the post had taken place", s.Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("According to the authorities, the department was made aware of the post on Friday.")]
    [InlineData("According to police, the department was made aware of the post on Friday.")]
    [InlineData("According to law enforcement, the department was made aware of the post on Friday.")]
    public void According_to_the_authorities_is_the_one_organisation_the_article_names(string sentence)
    {
        var doc = Extract("The Oshkosh Police Department is investigating allegations made on social media.\n\n" + sentence);
        var police = doc.Entities.Single(e => e.Name == "Oshkosh Police Department");
        doc.Require(police.Id, Stance.Said, "made aware of the post");
    }

    [Fact]
    public void According_to_the_authorities_has_no_speaker_when_the_article_names_several_organisations()
    {
        var doc = Extract("The Oshkosh Police Department and the Northwind Logistics company are investigating allegations made on social media.\n\n" +
            "According to the authorities, the department was made aware of the post on Friday.");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("made aware", StringComparison.Ordinal));
    }

    [Fact]
    public void A_persons_institute_is_the_institution_named_after_that_person()
    {
        var doc = Extract("The Okafor Institute was founded by port director Maria Okafor in 2011.\n\n" +
            "Okafor's institute said the authorities had not opened any investigation into the harbour sale.\n\n" +
            "The institute added that the newspaper did not publish its response.");
        var institute = doc.Entities.Single(e => e.Name == "Okafor Institute");
        doc.Require(institute.Id, Stance.Denied, "opened any investigation");
        doc.Require(institute.Id, Stance.Denied, "did not publish its response");
    }

    [Fact]
    public void A_place_in_title_case_before_a_wire_credit_and_a_dash_is_a_dateline_not_a_speaker()
    {
        var doc = Extract("Sao Paulo (AFP) - Port director Maria Okafor denied Monday that the terminal was sold to a foreign buyer.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal("person:maria-okafor", s.SpeakerId);
        Assert.Equal(Stance.Denied, s.Stance);
    }

    [Fact]
    public void A_statement_by_a_persons_institute_is_the_institutes()
    {
        var doc = Extract("The Okafor Institute was founded by port director Maria Okafor in 2011.\n\n" +
            "\u201CThe Harbour Gazette is deliberately trying to mislead its readers,\u201D a statement by Okafor's eponymous institute said.");
        var institute = doc.Entities.Single(e => e.Name == "Okafor Institute");
        doc.Require(institute.Id, Stance.Denied, "mislead its readers");
    }

    [Fact]
    public void An_unnamed_spokesperson_of_an_organisation_speaks_for_it()
    {
        var doc = Extract("A UBS spokesperson said the bank was unaware of any approach for the harbour terminal.");
        var ubs = doc.Entities.Single(e => e.Name == "UBS");
        Assert.Equal(EntityKind.Institution, ubs.Kind);
        doc.Require(ubs.Id, Stance.Said, "unaware of any approach");
    }

    [Fact]
    public void The_spokesperson_again_speaks_for_the_organisation_that_last_spoke()
    {
        var doc = Extract("The spokesperson of the Harbour Ministry on Monday contradicted a news report that claimed the port was sold.\n\n" +
            "\u201CThe terminal remains in public hands,\u201D the spokesperson added.");
        doc.Require("institution:harbour-ministry", Stance.Said, "remains in public hands");
    }

    [Fact]
    public void The_spokesperson_after_an_outlets_report_is_nobody()
    {
        var doc = Extract("The Wexford Ledger reported that the port was sold.\n\n\u201CThe terminal remains in public hands,\u201D the spokesperson added.");
        Assert.DoesNotContain(doc.Statements, s => s.Claim.Contains("public hands", StringComparison.Ordinal));
    }

    [Fact]
    public void The_presidency_is_the_government_of_the_articles_country()
    {
        var doc = Extract("Nigerian Vice President Kashim Shettima was at the villa on Monday.\n\n" +
            "The presidency has denied reports that Shettima was barred from the villa.");
        doc.Require("institution:government-of-nigeria", Stance.Denied, "barred from the villa");
    }

    [Theory]
    [InlineData("The newspaper said that the terminal sale would be announced on Monday.")]
    [InlineData("\u201CThe terminal sale will be announced on Monday,\u201D the paper wrote.")]
    public void The_newspaper_or_the_paper_is_the_outlet_last_named(string sentence)
    {
        var doc = Extract("The Wexford Ledger reported that the port was sold.\n\n" + sentence);
        doc.Require("institution:wexford-ledger", Stance.Said, "announced on Monday");
    }

    [Fact]
    public void Recalling_a_dismissal_is_a_denial()
    {
        var doc = Extract("Norvell Group also recalled dismissing similar false reports about the terminal earlier in the week.");
        Assert.Equal(Stance.Denied, Assert.Single(doc.Statements).Stance);
    }

    [Theory]
    [InlineData("Mr Reyes's official spokesman said the minister had no plans to resign from the harbour board.")]
    [InlineData("Mr Reyes's longtime lawyer said the minister had no plans to resign from the harbour board.")]
    public void A_persons_spokesman_or_lawyer_with_modifiers_speaks_for_that_person_and_mr_is_no_part_of_the_name(string sentence)
    {
        var doc = Extract(sentence);
        var reyes = Assert.Single(doc.Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal("Reyes", reyes.Name);
        Assert.Equal(reyes.Id, Assert.Single(doc.Statements).SpeakerId);
    }

    [Fact]
    public void An_organisation_named_with_a_country_after_it_is_its_national_branch()
    {
        var doc = Extract("Amnesty International India said it has laid off its staff in the country after its accounts were frozen.");
        var branch = doc.Entities.Single(e => e.Name == "Amnesty International India");
        doc.Require(branch.Id, Stance.Said, "laid off its staff");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId != branch.Id);
    }

    [Theory]
    [InlineData("Port director Maria Okafor said it is \"completely concocted and baseless\".", Stance.Denied)]
    [InlineData("Port director Maria Okafor called the allegations \u201Cexaggerated and far from the truth.\u201D", Stance.Denied)]
    [InlineData("\u201CThis publication is a story so far removed from reality,\u201D port director Maria Okafor stated.", Stance.Denied)]
    [InlineData("Port director Maria Okafor said the terminal is a fine example of modern design.", Stance.Said)]
    [InlineData("Port director Maria Okafor said the terminal was far from the city centre.", Stance.Said)]
    [InlineData("Port director Maria Okafor said the port will not be distracted by the dispute.", Stance.Said)]
    [InlineData("Port director Maria Okafor said there will be no more fuel shipments to the island.", Stance.Said)]
    [InlineData("Port director Maria Okafor said the port could not accept the offer for the terminal.", Stance.Said)]
    [InlineData("Port director Maria Okafor said the old terminal is not going to survive the winter storms.", Stance.Said)]
    [InlineData("Port director Maria Okafor said the harbour report was without merit.", Stance.Denied)]
    [InlineData("Port director Maria Okafor said the board couldn't find a buyer for the terminal.", Stance.Said)]
    [InlineData("Port director Maria Okafor said the board could not have known about the leak at the terminal.", Stance.Denied)]
    [InlineData("Port director Maria Okafor said the terminal has not been sold to a foreign buyer.", Stance.Denied)]
    [InlineData("Port director Maria Okafor said the harbour study was \u201Cflawed and unreliable\u201D.", Stance.Denied)]
    [InlineData("Port director Maria Okafor said none of the allegations made in the post had taken place.", Stance.Denied)]
    [InlineData("Port director Maria Okafor said that the board's decision not to challenge the ruling amounted to a waiver.", Stance.Said)]
    [InlineData("Port director Maria Okafor said the harbour board decided not to sell the terminal.", Stance.Said)]
    [InlineData("Port director Maria Okafor described the report as \u201Ca deliberate and well-planned orchestration of falsehood\u201D.", Stance.Denied)]
    [InlineData("\u201CThese mischievous reports seek to mislead the public about the terminal,\u201D port director Maria Okafor said.", Stance.Denied)]
    [InlineData("\u201CThe Harbour Gazette is deliberately trying to deceive its readers,\u201D port director Maria Okafor said.", Stance.Denied)]
    [InlineData("\u201CWe would never seek to mislead the public about the terminal,\u201D port director Maria Okafor said.", Stance.Denied)]
    [InlineData("Port director Maria Okafor said the board, which misled the public last year, would sell the terminal.", Stance.Said)]
    [InlineData("Port director Maria Okafor took to X to say that the harbour study was not accurate.", Stance.Denied)]
    [InlineData("Port director Maria Okafor went on television to deny that the terminal had been sold.", Stance.Denied)]
    [InlineData("Port director Maria Okafor used a speech on Monday to say that the terminal would open in May.", Stance.Said)]
    public void A_verdict_of_falsehood_in_the_predicate_makes_a_denial(string sentence, Stance stance)
    {
        var statement = Assert.Single(Extract(sentence).Statements);
        Assert.Equal("person:maria-okafor", statement.SpeakerId);
        Assert.Equal(stance, statement.Stance);
    }

    [Theory]
    [InlineData("Port director Maria Okafor plans to say that the terminal will open in May.")]
    [InlineData("Port director Maria Okafor declined to deny that the terminal had been sold.")]
    public void A_speech_verb_in_an_infinitive_that_is_not_of_purpose_is_no_statement(string sentence) =>
        Assert.Empty(Extract(sentence).Statements);

    [Fact]
    public void A_capitalised_description_of_a_government_is_a_reference_not_a_person()
    {
        var doc = Extract("The Government of Cuba has condemned new measures announced by the United States government.\n\n" +
            "The Revolutionary Government said the measures imposed on shipping were illegal.");
        doc.Require("institution:government-of-cuba", Stance.Said, "measures imposed on shipping were illegal");
        Assert.DoesNotContain(doc.Entities, e => e.Kind == EntityKind.Person);
    }

    [Fact]
    public void A_known_name_run_on_into_an_institution_word_names_an_institution()
    {
        var doc = Extract("Former president Luiz Inácio Lula da Silva spoke in Recife on Monday.\n\n" +
            "The Lula Institute said the former leader did not travel in order to lobby for the builder.");
        var institute = doc.Entities.Single(e => e.Name == "Lula Institute");
        Assert.Equal(EntityKind.Institution, institute.Kind);
        doc.Require(institute.Id, Stance.Denied, "travel in order to lobby");
    }

    [Fact]
    public void A_name_that_goes_on_past_the_institution_word_is_not_cut_there()
    {
        var doc = Extract("The accusations were made by the United States Department of State, which described the port as unsafe.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "United States Department");
    }

    [Fact]
    public void Describing_something_as_false_denies_it()
    {
        var doc = Extract("Port director Maria Okafor spoke for an hour on Monday, describing the sale as a \u201Ccomplete fabrication\u201D by rivals.");
        doc.Require("person:maria-okafor", Stance.Denied, "describing the sale");
    }

    [Fact]
    public void Officials_are_the_one_organisation_the_article_names_and_nobody_when_there_are_several()
    {
        var one = Seeds.Extract("officials.txt", "The Harbour Police Department opened an inquiry on Monday.\n\nOfficials say the posts about the terminal were made on Sunday evening.");
        var police = one.Entities.Single(e => e.Name == "Harbour Police Department");
        one.Require(police.Id, Stance.Said, "posts about the terminal");

        var two = Seeds.Extract("officials.txt", "The Harbour Police Department opened an inquiry on Monday.\n\nThe Port Authority of Zarvana closed the gate.\n\n" +
            "Officials say the posts about the terminal were made on Sunday evening.");
        Assert.DoesNotContain(two.Statements, s => s.Evidence.Contains("posts about the terminal", StringComparison.Ordinal));
    }

    [Fact]
    public void The_organisations_spokesman_is_the_spokesman_it_named_before()
    {
        var doc = Extract("Northwind spokesman Tom Reyes said the report was false.\n\nThe Northwind spokesman said the talks had ended on Monday.");
        doc.Require("person:tom-reyes", Stance.Said, "talks had ended");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:northwind");
    }

    [Fact]
    public void A_spokesman_of_a_nationality_speaks_for_that_country_not_the_last_speaker_of_another()
    {
        var doc = Extract("Britain denied the report on Monday.\n\nIraqi police said earlier that a British soldier had been killed in Amara.\n\n" +
            "But the British spokesman said: \u201cWe have looked into that and there is no truth in reports of any death.\u201d");
        var iraqi = doc.Entities.Single(e => e.Name == "Iraqi police").Id;
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == iraqi && s.Evidence.Contains("looked into", StringComparison.Ordinal));
        doc.Require("institution:government-of-united-kingdom", Stance.Denied, "looked into");
    }

    [Fact]
    public void A_role_with_a_portfolio_fits_only_a_person_whose_role_names_it()
    {
        var doc = Extract("A ruling forcing the prime minister to publish her plans could hurt the economy, Tom Reyes has said.\n\n" +
            "The health secretary accused campaigners of engaging in \u201cprocessology\u201d against the vote.\n\n" +
            "He said the port could be put in a worse position if the ruling stood.\n\n" +
            "New Prime Minister Maria Okafor had decided to keep him in the role.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:maria-okafor");
        doc.Require("person:tom-reyes", Stance.Said, "worse position");
    }

    [Theory]
    [InlineData("Tom Reyes is to remain as Health Secretary, Downing Street said.")]
    [InlineData("Tom Reyes was appointed health secretary in May.")]
    [InlineData("Tom Reyes became health secretary in May.")]
    public void An_office_the_text_gives_in_a_predicate_is_the_persons_role(string lead)
    {
        var doc = Extract(lead + "\n\nNew Prime Minister Maria Okafor met the unions.\n\nThe health secretary accused campaigners of engaging in \u201cprocessology\u201d against the vote.");
        doc.Require("person:tom-reyes", Stance.Said, "processology");
    }

    [Fact]
    public void A_government_spokesman_is_the_official_of_that_country_who_holds_the_post()
    {
        var doc = Extract("Kremlin spokesman Dmitry Peskov said the report was fake.\n\nThe Kremlin spokesman rejected the possibility that the row could affect trade.");
        doc.Require("person:dmitry-peskov", Stance.Denied, "row could affect trade");
    }

    [Fact]
    public void A_spokesman_of_another_organisation_or_of_none_named_is_not_the_organisations_spokesman()
    {
        var doc = Extract("A spokesman in the office of Prime Minister Dan Avery, David Mencer, told reporters the agency was biased.\n\n" +
            "Northwind spokesman Tom Reyes said the report was false.\n\nThe UN spokesman stressed that the agency had acted first.");
        doc.Require("institution:united-nations", Stance.Said, "agency had acted first");
    }

    [Fact]
    public void An_unnamed_spokesperson_of_an_organisation_in_the_lead_is_the_spokesperson_the_lead_names_next()
    {
        var doc = Extract("A Chinese Foreign Ministry spokesperson on Wednesday refuted a report on the harbour deal, saying it was disinformation.\n\n" +
            "Spokesperson Zhao Lijian made the remarks at a daily press briefing.");
        Assert.Equal(["person:zhao-lijian"], doc.Statements.Select(s => s.SpeakerId).Distinct());
    }

    [Fact]
    public void An_unnamed_spokesperson_whom_no_one_later_names_speaks_for_the_organisation()
    {
        var doc = Extract("A Harbour Board spokesman said the talks would resume on Monday.\n\nPort director Jane Roe said the ferry would sail.");
        doc.Require("institution:harbour-board", Stance.Said, "talks would resume");
    }

    [Fact]
    public void A_report_first_met_without_a_name_is_the_outlets_the_next_sentence_names()
    {
        var doc = Extract("Harlow Town said on Monday it was happy with its coach.\n\nA newspaper report had suggested that the club was looking for a new coach. " +
            "However, claims from The Sun have been rejected by the club.");
        var report = Assert.Single(doc.Statements, s => s.Evidence.StartsWith("A newspaper report", StringComparison.Ordinal));
        Assert.Equal("The Sun", doc.Entities.Single(e => e.Id == report.SpeakerId).Name);
    }

    [Fact]
    public void A_report_no_sentence_names_is_not_the_last_speakers()
    {
        var doc = Extract("Harlow Town said on Monday it was happy with its coach.\n\nA newspaper report had suggested that the club was looking for a new coach.");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.StartsWith("A newspaper report", StringComparison.Ordinal));
    }

    [Fact]
    public void A_town_that_speaks_after_a_wire_credit_is_the_club_the_article_names_in_full()
    {
        var doc = Extract("(GSM) \u2013 Burnley have issued a statement to deny they are seeking a new manager.\n\n" +
            "\u201CEveryone involved with Burnley Football Club is focused on the league,\u201D the chairman said.");
        var denial = Assert.Single(doc.Statements, s => s.Stance == Stance.Denied);
        Assert.Equal("Burnley Football Club", doc.Entities.Single(e => e.Id == denial.SpeakerId).Name);
    }

    [Fact]
    public void He_after_an_unnamed_spokesperson_goes_on_for_the_organisation()
    {
        var doc = Extract("Prime Minister Dan Avery spoke on Monday.\n\nA No 10 spokesman said the talks would resume.\n\n" +
            "But he said Mr Avery had not recommended his wife for the role.");
        doc.Require("institution:government-of-united-kingdom", Stance.Denied, "recommended his wife");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:dan-avery" && s.Claim.Contains("recommended", StringComparison.Ordinal));
    }

    [Fact]
    public void He_after_a_named_speaker_is_that_person_again()
    {
        var doc = Extract("A No 10 spokesman said the talks would resume.\n\nPrime Minister Dan Avery said the port would open.\n\n" +
            "He said the ferry would sail in May.");
        doc.Require("person:dan-avery", Stance.Said, "ferry would sail");
    }

    [Theory]
    [InlineData("The hedge fund")]
    [InlineData("The company")]
    public void The_statement_a_described_company_issued_is_its_own_after_an_outlets_report(string subject)
    {
        var doc = Invented.Extract("issuer.txt", "Kestrel Investment Management said on Wednesday that it has not bought into the port.\n\n" +
            subject + " issued a statement in reaction to a Harbour Times report that said Kestrel has built a stake in the port. " +
            "The report also said Kestrel is pushing for a buyback.\n\n" +
            "\u201cThe report is false. Kestrel has not engaged with anyone at the port,\u201d the statement said.");
        var s = doc.Statements.Single(x => x.Evidence.Contains("the statement said", StringComparison.Ordinal) && x.Claim.Contains("engaged", StringComparison.Ordinal));
        Assert.Equal(("institution:kestrel-investment-management", Stance.Denied), (s.SpeakerId, s.Stance));
        Assert.Empty(s.ReportedBy);
    }

    [Fact]
    public void A_name_ending_in_management_is_an_organisation_though_it_opens_with_a_given_name()
    {
        var doc = Invented.Extract("issuer.txt", "Elliott Investment Management said on Wednesday that it has not bought into the port.");
        Assert.Equal(EntityKind.Institution, doc.Entities.Single(e => e.Name == "Elliott Investment Management").Kind);
    }

    [Fact]
    public void The_government_of_an_article_naming_no_country_is_its_national_domains()
    {
        var doc = Invented.Extract("release.txt", "URL: https://www.harbour.gov.za/news/release\n\nMedia release\n\n" +
            "The Government rejects the claims made in the article about the port.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal(("Government of South Africa", Stance.Denied), (doc.Entities.Single(e => e.Id == s.SpeakerId).Name, s.Stance));
    }

    [Theory]
    [InlineData("The minister once worked in Lisbon.", "Government of Malta")] // one place in passing
    [InlineData("Portugal's envoy met the minister. Portugal and Lisbon deny any part in it.", "Government of Portugal")] // a country the text is about
    public void The_government_of_an_article_naming_a_country_only_in_passing_is_its_national_domains(string last, string government)
    {
        var doc = Invented.Extract("story.txt", "URL: https://www.harbourtoday.com.mt/news/national/1\n\nGovernment rejects pier story\n\n" +
            "A government spokesperson has rubbished a story claiming that the harbour minister would resign.\n\n" + last);
        var s = doc.Statements.First(x => x.Evidence.Contains("rubbished", StringComparison.Ordinal));
        Assert.Equal((government, Stance.Denied), (doc.Entities.Single(e => e.Id == s.SpeakerId).Name, s.Stance));
    }

    [Fact]
    public void The_government_of_a_named_country_is_that_countrys_though_another_is_named_more()
    {
        var doc = Invented.Extract("release.txt", "The government of Ghana has rejected a publication about the embassy.\n\n" +
            "The publication said the property in Oslo, Norway was bought for Ghana at an inflated price.\n\n" +
            "Oslo officials and Norway's press followed the story. Norway's embassy in Oslo said nothing.\n\n" +
            "The government said it will deal with the publishers.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Government of Norway");
        doc.Require("institution:government-of-ghana", Stance.Said, "deal with the publishers");
    }

    [Theory]
    [InlineData("https://mofa.gov.pk/press-release/1", "Ministry of Foreign Affairs of Pakistan")]
    [InlineData("https://www.mfa.gov.sg/press/2", "Ministry of Foreign Affairs of Singapore")]
    public void This_ministry_in_a_release_on_a_foreign_ministrys_site_is_that_ministry(string url, string ministry)
    {
        var doc = Invented.Extract("release.txt", "URL: " + url + "\n\nPress Releases|\n\n" +
            "This Ministry rejects the baseless allegations levelled in a news item published in the Harbour Times.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal((ministry, Stance.Denied), (doc.Entities.Single(e => e.Id == s.SpeakerId).Name, s.Stance));
    }

    [Fact]
    public void This_ministry_on_any_other_site_names_no_ministry_it_does_not_know() =>
        Assert.Empty(Invented.Extract("release.txt", "URL: https://www.harbourtimes.com/news/1\n\nNews\n\n" +
            "This Ministry rejects the baseless allegations levelled in a news item published in the Harbour Times.").Statements);

    [Fact]
    public void A_site_named_after_its_country_gives_the_government_of_an_article_naming_none()
    {
        var doc = Invented.Extract("release.txt", "URL: https://www.primenewsghana.com/politics/release.html\n\nMedia release\n\n" +
            "The Government rejects the claims made in the article about the port.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal("Government of Ghana", doc.Entities.Single(e => e.Id == s.SpeakerId).Name);
    }

    [Theory]
    [InlineData("Government spokesperson on Tuesday strongly refuted a report that the port was sold.")]
    [InlineData("Government said on Tuesday that the port was not sold.")]
    public void A_bare_capitalised_government_opening_a_sentence_is_the_articles_government(string sentence)
    {
        var doc = Invented.Extract("release.txt", "ISLAMABAD, April 17: The port of Karachi reopened on Monday.\n\n" + sentence);
        var s = doc.Statements.Single(x => x.Evidence.Contains("port was", StringComparison.Ordinal) || x.Evidence.Contains("refuted", StringComparison.Ordinal));
        Assert.Equal(("Government of Pakistan", Stance.Denied), (doc.Entities.Single(e => e.Id == s.SpeakerId).Name, s.Stance));
    }

    [Theory]
    [InlineData("Government notes the article published by the Harbour Times about the port.")]
    [InlineData("Port director Maria Okafor noted the report on the port.")]
    public void Taking_note_of_a_report_states_nothing(string sentence)
    {
        Assert.Empty(Invented.Extract("release.txt", "ISLAMABAD, April 17: The port of Karachi reopened on Monday.\n\n" + sentence).Statements);
    }

    [Theory]
    [InlineData("Senior U.S. and Cuban officials say no high-level negotiations are taking place between Washington and Havana.")]
    [InlineData("U.S. and Mexico officials said the talks were over.")]
    public void Officials_of_two_sides_speak_for_neither_government(string sentence)
    {
        Assert.Empty(Invented.Extract("sides.txt", sentence).Statements);
    }

    [Fact]
    public void Officials_of_one_side_still_speak_for_its_government()
    {
        var s = Assert.Single(Invented.Extract("sides.txt", "U.S. officials said the talks were over.").Statements);
        Assert.Equal("institution:government-of-united-states", s.SpeakerId);
    }

    [Fact]
    public void The_police_is_the_force_not_a_school_that_trains_police()
    {
        var doc = Extract("The Harbour Police Service has denied allegations of a recruitment exercise.\n\n" +
            "A viral post claimed the Marlow Police Training School in the north was hosting a secret recruiting exercise; the police have since disputed the claims.\n\n" +
            "The police stated on Wednesday that the recruitment would be announced in the papers.");
        doc.Require("institution:harbour-police-service", Stance.Denied, "the police have since disputed");
        doc.Require("institution:harbour-police-service", Stance.Said, "recruitment would be announced");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:marlow-police-training-school");
    }

    [Fact]
    public void A_spokeswoman_named_in_a_through_phrase_between_commas_speaks()
    {
        var doc = Extract("The Harbour Ministry, through spokeswoman Tamara Okoro, described the port as being on its last leg and urged calm.");
        doc.Require("person:tamara-okoro", Stance.Said, "on its last leg");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:harbour-ministry");
    }

    [Fact]
    public void The_company_is_the_one_set_off_as_a_company_not_the_last_firm_with_a_suffix()
    {
        var doc = Extract("Norvell Ltd. chairman Tom Reyes spoke at the annual meeting.\n\n" +
            "A newspaper report said Harbour Capital Inc. may buy the stake of the Reyes family in Quintara, a company they founded in 1935.\n\n" +
            "However, the company denied the stake sale in an exchange filing.");
        var quintara = doc.Entities.Single(e => e.Name == "Quintara").Id;
        doc.Require(quintara, Stance.Denied, "stake sale");
    }
}
