using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>Verbs of speech used for something that is not a statement, beside the statements they must still give. Invented sentences.</summary>
public sealed class NonStatementTests
{
    [Theory]
    [InlineData("Spokesperson of the Board, Jane Okoro said this in a statement sent to reporters in Northport on Thursday.")]
    [InlineData("Board spokesperson Jane Okoro said this in a statement on Thursday.")]
    public void Saying_this_in_a_statement_after_a_title_is_no_claim(string sentence)
    {
        var doc = Seeds.Extract("this.txt", "Pier sale row\n\nThe Norland Harbour Board has denied reports that the pier was sold.\n\n" + sentence);
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "person:jane-okoro");
    }

    [Fact]
    public void Saying_that_this_was_something_is_a_claim()
    {
        var doc = Seeds.Extract("this.txt", "Pier sale row\n\nBoard spokesperson Jane Okoro said this was the only fair outcome for the pier.");
        doc.Require("person:jane-okoro", Stance.Said, "only fair outcome");
    }

    [Theory]
    [InlineData("Harbour dispute goes on")]
    [InlineData("Norland Harbour dispute continues")]
    [InlineData("Harbour dispute over fees is settled")]
    [InlineData("Norland Harbour dispute")]
    public void A_denial_verbs_noun_in_a_headline_is_no_denial(string headline)
    {
        var doc = Seeds.Extract("dispute.txt", headline + "\n\nThe Norland Harbour Board met on Monday. Mayor Tom Hale spoke about the fees.");
        Assert.DoesNotContain(doc.Statements, x => x.Stance == Stance.Denied);
    }

    [Fact]
    public void A_denial_verb_in_a_headline_still_denies()
    {
        var doc = Seeds.Extract("dispute.txt", "Norland Harbour Board disputes fee report\n\nThe Norland Harbour Board met on Monday.");
        Assert.Contains(doc.Statements, x => x.Stance == Stance.Denied);
    }

    [Theory]
    [InlineData("Port director Maria Okafor later dismissed him during the hiring process.")]
    [InlineData("Port director Maria Okafor tweeted a picture of herself at the new terminal.")]
    [InlineData("The Northwind company went on a hiring binge last year, adding workers mostly in its harbour division.")]
    [InlineData("The Northwind company would not confirm or deny the content of the harbour story.")]
    [InlineData("\u201CFrom this point forward we are not commenting on the terminal,\u201D Maria Okafor told reporters.")]
    [InlineData("Maria Okafor said she never comments on internal discussions about the terminal.")]
    [InlineData("Maria Okafor said that \u201Cit has never been the practice of the port authority to respond to speculative campaigns about the terminal.\u201D")]
    [InlineData("The Northwind company declined to confirm or deny that the terminal was sold.")]
    [InlineData("The Northwind company neither confirmed nor denied the report about the terminal.")]
    [InlineData("Port director Maria Okafor urged the public to disregard the notice and advised journalists to verify reports.")]
    [InlineData("Port director Maria Okafor asked dock workers to remain calm.")]
    [InlineData("The harbour report by Maria Okafor does not say how many cranes were damaged in the storm.")]
    [InlineData("Port director Maria Okafor didn't specify how many cranes were damaged in the storm.")]
    [InlineData("Port director Maria Okafor did not say that the terminal was sold.")]
    [InlineData("Port director Maria Okafor obviously told the truth about the cranes and the union did not.")]
    [InlineData("Port director Maria Okafor said, \u201CI have nothing to say about the cranes.\u201D")]
    [InlineData("Port director Maria Okafor called on the police to arrest the forgers.")]
    [InlineData("The Northwind company had warned shippers to avoid the terminal until May.")]
    [InlineData("It is understood that, if asked, port director Maria Okafor will deny the claim.")]
    [InlineData("Port director Maria Okafor would not confirm the sale of the terminal.")]
    [InlineData("Port director Maria Okafor said she was unwilling to discuss the issues publicly because they are personnel matters.")]
    [InlineData("Port director Maria Okafor said she was reluctant to comment on the sale of the terminal.")]
    [InlineData("\u201CI don't talk about rumours,\u201D port director Maria Okafor said.")]
    [InlineData("Port director Maria Okafor said she doesn't comment on the sale of the terminal.")]
    [InlineData("Port director Maria Okafor dismissed the new aid package of six million dollars announced by Norvell.")]
    public void A_speech_verb_without_a_claim_gives_no_statement(string sentence) =>
        Assert.Empty(Invented.Extract("non.txt", sentence).Statements);

    [Theory]
    [InlineData("Port director Maria Okafor dismissed him as a liar who had invented the sale.", Stance.Denied)]
    [InlineData("Port director Maria Okafor tweeted that the terminal would open in May.", Stance.Said)]
    [InlineData("Port director Maria Okafor said the terminal was ready, adding the cranes would arrive in May.", Stance.Said)]
    [InlineData("“The cranes arrive in May,” Port director Maria Okafor added.", Stance.Said)]
    [InlineData("Port director Maria Okafor urged Norvell to drop what she described as a smear campaign against the terminal.", Stance.Said)]
    [InlineData("Port director Maria Okafor urged dock workers to stay calm, saying the cranes would arrive in May.", Stance.Said)]
    [InlineData("Port director Maria Okafor urged that the terminal be sold to pay its debts.", Stance.Said)]
    [InlineData("Port director Maria Okafor called the notice a forgery.", Stance.Denied)]
    [InlineData("Port director Maria Okafor said she did not tell the union that the terminal was sold.", Stance.Denied)]
    [InlineData("Port director Maria Okafor told the union the truth was that the terminal was sold.", Stance.Said)]
    [InlineData("Port director Maria Okafor warned him that soldiers would be needed to guard the terminal.", Stance.Said)]
    [InlineData("Port director Maria Okafor said the union was unwilling to discuss the new shift plan.", Stance.Said)]
    public void The_same_verbs_with_a_claim_still_give_one(string sentence, Stance stance) =>
        Assert.Contains(Invented.Extract("non.txt", sentence).Statements, s => s.SpeakerId == "person:maria-okafor" && s.Stance == stance);

    [Fact]
    public void Nothing_to_say_followed_by_a_statement_is_no_refusal()
    {
        var doc = Invented.Extract("non.txt", "A Norvell spokesperson was unaware of any offer, saying: \u201CWe have nothing to say on this from our side. " +
            "It is up to the board whether the terminal is sold.\u201D");
        Assert.Single(doc.Statements, s => s.Evidence.Contains("nothing to say", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Port director Maria Okafor said the board would announce layoffs at the terminal.", "would announce layoffs")]
    [InlineData("Port director Maria Okafor said the carmaker will recall 5,000 cars over a brake fault.", "will recall 5,000 cars")]
    [InlineData("Port director Maria Okafor said the board could confirm the sale of the terminal on Monday.", "could confirm the sale")]
    public void A_speech_verb_still_to_come_is_part_of_the_content(string sentence, string content)
    {
        var statement = Assert.Single(Invented.Extract("non.txt", sentence).Statements);
        Assert.Equal(("person:maria-okafor", Stance.Said), (statement.SpeakerId, statement.Stance));
        Assert.Contains(content, statement.Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Maria Okafor, the correspondent who wrote the piece, has since insisted that the interview took place.")]
    [InlineData("Maria Okafor, who wrote a book about the port, insisted that the interview took place.")]
    public void Writing_a_work_is_no_statement_and_the_name_it_describes_speaks(string sentence)
    {
        var statement = Assert.Single(Invented.Extract("non.txt", sentence).Statements);
        Assert.Equal("person:maria-okafor", statement.SpeakerId);
        Assert.Equal("The interview took place", statement.Claim);
    }

    [Theory]
    [InlineData("Maria Okafor has since insisted that the terminal was sold.")]
    [InlineData("Maria Okafor has always insisted that the terminal was sold.")]
    [InlineData("Maria Okafor has often said that the terminal was sold.")]
    public void An_adverb_of_time_between_the_auxiliary_and_the_verb_keeps_the_verb(string sentence) =>
        Invented.Extract("non.txt", sentence).Require("person:maria-okafor", Stance.Said, "terminal was sold");

    [Fact]
    public void What_a_work_says_is_read_after_writing_in_it() =>
        Invented.Extract("non.txt", "Maria Okafor wrote in the piece that the terminal was sold.").Require("person:maria-okafor", Stance.Said, "terminal was sold");

    [Theory]
    [InlineData("Maria Okafor is certain dock workers will not fall for it.", "dock workers will not fall")]
    [InlineData("Maria Okafor was confident that the port would reopen in May.", "port would reopen")]
    [InlineData("Maria Okafor was convinced the deal had been signed.", "deal had been signed")]
    public void A_conviction_stated_with_an_adjective_is_a_statement(string sentence, string snippet) =>
        Invented.Extract("non.txt", sentence).Require("person:maria-okafor", Stance.Said, snippet);

    [Theory]
    [InlineData("Maria Okafor is confident of victory in May.")]
    [InlineData("It is certain to rain on Monday, Maria Okafor's forecast shows.")]
    public void Confidence_without_a_clause_is_no_statement(string sentence) =>
        Assert.Empty(Invented.Extract("non.txt", sentence).Statements);

    [Fact]
    public void Confidence_inside_another_speakers_clause_is_its_content() =>
        Assert.Single(Invented.Extract("non.txt", "Maria Okafor said on Monday that she is confident the port will reopen in May.").Statements);

    [Theory]
    [InlineData("\u201cIt feels strange to not be able to perform these concerts,\u201d Maria Okafor said.")]
    [InlineData("\u201cWe were not able to open the port on Monday,\u201d Maria Okafor said.")]
    public void Being_unable_is_said(string sentence) =>
        Assert.Equal(Stance.Said, Assert.Single(Invented.Extract("non.txt", sentence).Statements).Stance);

    [Theory]
    [InlineData("The Harbour Authority has informed Norvell and the pilot of an adverse finding in the inspection.", "An adverse finding in the inspection")]
    [InlineData("Port director Maria Okafor informed a parliamentary committee on Tuesday that the cranes were unsafe.", "The cranes were unsafe")]
    public void Informing_someone_of_something_states_it(string sentence, string claim) =>
        Assert.Equal(claim, Assert.Single(Invented.Extract("non.txt", sentence).Statements).Claim);

    [Theory]
    [InlineData("Informed sources said on Monday.")]
    [InlineData("Port director Maria Okafor made informed decisions about the cranes.")]
    [InlineData("Port director Maria Okafor was informed of the decision.")]
    public void Informed_as_an_adjective_or_a_passive_is_no_statement(string sentence) =>
        Assert.Empty(Invented.Extract("non.txt", sentence).Statements);

    [Theory]
    [InlineData("Northwind Holdings rejected a \u00a312.5million offer from Quintbank on Monday.")]
    [InlineData("Judge Helen Marsh dismissed his application with costs.")]
    [InlineData("Port director Maria Okafor has spurned a takeover bid for the terminal.")]
    [InlineData("Judge Helen Marsh rejected the motion on Thursday.")]
    [InlineData("Judge Helen Marsh dismissed the lawsuit against the port.")]
    public void Refusing_an_act_denies_no_claim(string sentence) =>
        Assert.Empty(Invented.Extract("non.txt", sentence).Statements);

    [Theory]
    [InlineData("Northwind Holdings rejected claims of a \u00a312.5million offer from Quintbank.")]
    [InlineData("Northwind Holdings denied a deal with Quintbank.")]
    [InlineData("Northwind Holdings rejected reports that it had accepted a bid from Quintbank.")]
    [InlineData("Northwind Holdings dismissed the lawsuit as a baseless attempt to smear it.")]
    [InlineData("Northwind Holdings rejected the motion's claims about the port.")]
    public void Rejecting_claims_about_an_act_or_denying_one_still_denies(string sentence) =>
        Assert.Equal(Stance.Denied, Assert.Single(Invented.Extract("non.txt", sentence).Statements).Stance);

    [Fact]
    public void A_think_tank_is_no_speech_verb()
    {
        var doc = Invented.Extract("non.txt", "Beijing, February 1 - The Harbour Institute, an American think tank, recently released a report on the port.");
        Assert.Empty(doc.Statements);
    }

    [Fact]
    public void Think_before_a_clause_still_speaks()
    {
        var doc = Invented.Extract("non.txt", "The Harbour Institute's director Maria Okafor said she thinks the port will be sold to a buyer in Lagos.");
        doc.Require("person:maria-okafor", Stance.Said, "port will be sold");
    }

    [Theory]
    [InlineData("Harbour FC defender Tom Reyes added to the club's injury problems when he was ruled out for four weeks.")]
    [InlineData("Harbour FC defender Tom Reyes was ruled out for four weeks, adding to the club's injury problems.")]
    public void Adding_to_something_is_no_saying(string sentence) =>
        Assert.Empty(Invented.Extract("adding.txt", sentence).Statements);

    [Fact]
    public void Added_to_reporters_is_still_saying() =>
        Invented.Extract("adding.txt", "Harbour FC defender Tom Reyes added to reporters that the club was fine.")
            .Require("person:tom-reyes", Stance.Said, "club was fine");

    [Theory]
    [InlineData("Harbour FC defender Tom Reyes added to Harbour FC's injury problems when he was ruled out for four weeks.")]
    [InlineData("Cyclone Idai claimed the lives of three harbour workers in Beira.")]
    [InlineData("Colombia has responded by recalling its ambassador from Washington.")]
    public void A_death_an_act_of_response_or_a_recall_of_envoys_is_no_saying(string sentence)
    {
        var doc = Invented.Extract("acts.txt", sentence);
        Assert.Empty(doc.Statements);
    }

    [Fact]
    public void Recalling_an_event_is_still_saying() =>
        Invented.Extract("acts.txt", "Port director Tom Reyes recalled that the harbour had flooded twice in May.")
            .Require("person:tom-reyes", Stance.Said, "harbour had flooded");

    [Theory]
    [InlineData("Northgate Bank, another company that has previously said to have shown interest in the harbour, may not bid.")]
    [InlineData("Northgate Bank is said to be considering a bid for the harbour terminal.")]
    public void Said_to_have_or_be_is_a_reputation_not_a_statement(string sentence) =>
        Assert.Empty(Invented.Extract("reputation.txt", sentence).Statements);
}
