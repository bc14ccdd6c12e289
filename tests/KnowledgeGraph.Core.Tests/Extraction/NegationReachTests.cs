using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// How far a negation reaches into a claim: an abbreviation written without spaces ("H.E") ends no sentence, a long
/// name counts as one word on the way to the negation, and a negated second predicate joined by "and" leaves the first
/// one said. Invented sentences.
/// </summary>
public sealed class NegationReachTests
{
    [Fact]
    public void An_abbreviation_without_spaces_does_not_split_the_claim()
    {
        var doc = Invented.Extract("ghana.txt", "Deputy Minister Jane Roe said: \"the President of the Republic, H.E Kofi Mensah, has never been involved in illegal mining.\"");
        var found = doc.Statements.Single(x => x.SpeakerId == "person:jane-roe");
        Assert.Contains("Kofi Mensah", found.Claim, StringComparison.Ordinal);
        Assert.StartsWith("The President of the Republic", found.Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"I can confirm that during our talks on the harbour budget, the phrase attributed in today's papers to the minister was not used,\" Roe said.")]
    [InlineData("Roe said that in the meeting with the harbour board on Friday, the phrase attributed in today's papers to the minister was not used.")]
    public void An_opening_phrase_of_time_or_place_does_not_count_on_the_way_to_the_negation(string sentence)
    {
        var doc = Invented.Extract("ghana.txt", "Deputy Minister Jane Roe spoke on Monday about the harbour budget.\n\n" + sentence);
        Assert.Contains("was used", doc.Require("person:jane-roe", Stance.Denied, "not used").Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Roe stressed that the new receipt was only made so that a tax number was included - and in no way was the harbour asked to hide any details.")]
    [InlineData("Roe said the board met twice in May to review the receipts, and at no time did the harbour hide any details.")]
    public void A_clause_of_inverted_negation_after_and_is_denied_on_its_own(string sentence)
    {
        var doc = Invented.Extract("ghana.txt", "Deputy Minister Jane Roe spoke on Monday about the harbour budget.\n\n" + sentence);
        doc.Require("person:jane-roe", Stance.Denied, "no");
        doc.Require("person:jane-roe", Stance.Said, "Roe");
    }

    [Fact]
    public void In_other_words_is_no_opening_phrase_and_leaves_a_far_negation_out_of_reach()
    {
        var doc = Invented.Extract("ghana.txt", "Deputy Minister Jane Roe spoke on Monday about the harbour budget.\n\n" +
            "\"In other words, the minister knows how to look after the harbour budget and its many small accounts and does not spend beyond what is needed,\" Roe said.");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "person:jane-roe" && x.Stance == Stance.Denied);
    }

    [Fact]
    public void A_long_name_before_the_negation_counts_as_one_word()
    {
        var doc = Invented.Extract("ghana.txt", "Deputy Minister Jane Roe spoke on Monday about the mining report.\n\n" +
            "Roe said that the head of the Republic, President Nana Kwame Addo Dankwa Mensah-Boateng, has never been involved in illegal mining.");
        doc.Require("person:jane-roe", Stance.Denied, "never been involved");
    }

    [Fact]
    public void A_negated_second_predicate_leaves_the_claim_said()
    {
        var doc = Invented.Extract("cuba.txt", "Foreign Minister Jane Roe said the United States has pursued similar policies toward Cuba for 67 years and has not achieved its objectives.");
        Assert.Contains(doc.Statements, x => x.Stance == Stance.Said && x.Evidence.Contains("has not achieved", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Statements, x => x.Stance == Stance.Denied);
    }
    [Theory]
    [InlineData("He added, \u201cI wish to state that, contrary to the report, the soldiers were in the district from Monday to Wednesday.")]
    [InlineData("Spokesman Tom Hale said that, contrary to the report, the soldiers were in the district from Monday to Wednesday.")]
    public void An_account_set_contrary_to_a_report_denies_the_report(string sentence)
    {
        var doc = Invented.Extract("army.txt", "Army spokesman Tom Hale spoke on Monday.\n\n" + sentence);
        var found = doc.Require("person:tom-hale", Stance.Denied, "contrary to the report");
        Assert.Equal("The report", found.Claim);
    }

    [Fact]
    public void A_clause_after_contrary_to_that_denies_by_its_own_negation_keeps_its_claim()
    {
        var doc = Invented.Extract("army.txt", "Spokesman Tom Hale said that, contrary to the viral publication, the officers were not released from custody.");
        var found = doc.Require("person:tom-hale", Stance.Denied, "were not released");
        Assert.Contains("officers were released", found.Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Roe said the report was published not long before the harbour board met in Northport.", "not long before")]
    [InlineData("Roe said the ferry left the harbour not long after the storm had passed.", "not long after")]
    public void Not_long_before_or_after_is_a_time_and_negates_nothing(string sentence, string snippet)
    {
        var doc = Invented.Extract("ghana.txt", "Deputy Minister Jane Roe spoke on Monday about the harbour report.\n\n" + sentence);
        var said = doc.Require("person:jane-roe", Stance.Said, snippet);
        Assert.Contains(snippet, said.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negation_after_the_time_phrase_still_counts()
    {
        var doc = Invented.Extract("ghana.txt", "Deputy Minister Jane Roe spoke on Monday about the harbour report.\n\n" +
            "Roe said not long after the meeting that the ministry had never sold the harbour.");
        doc.Require("person:jane-roe", Stance.Denied, "never sold");
    }

    [Theory]
    [InlineData("Roe said the report claimed the harbour had not been sold to the company.", "report claimed")]
    [InlineData("\u201cOur preliminary investigation indicates that the post was not linked to any harbour account,\u201d Roe said.", "investigation indicates")]
    public void A_negation_a_report_makes_is_passed_on_not_refuted(string sentence, string snippet)
    {
        var doc = Invented.Extract("ghana.txt", "Deputy Minister Jane Roe spoke on Monday about the harbour report.\n\n" + sentence);
        var said = doc.Require("person:jane-roe", Stance.Said, snippet);
        Assert.Contains("not", said.Claim, StringComparison.Ordinal);
    }
}
