using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// An indefinite role that opens a statement ("A senior port official told …") is the person a later sentence names
/// with the same role noun; never merely the next or the last name (issue: roles resolve to the entity named with that
/// role, else to nothing). Invented text.
/// </summary>
public sealed class CataphoraTests
{
    private static ExtractedDocument Extract(string body) => Invented.Extract("cataphora.txt", body);

    [Theory]
    [InlineData("A senior port official told a wire agency on Monday that the terminal had not been sold. The official, Maria Okafor, spoke after a board meeting.")]
    [InlineData("A senior port official said on Monday that the terminal had not been sold.\n\nMaria Okafor, the official, spoke after a board meeting.")]
    [InlineData("A port director said on Monday that the terminal had not been sold. The harbour board met at noon. The director was identified as Maria Okafor.")]
    public void A_role_named_later_with_the_same_noun_is_that_person(string text)
    {
        var s = Extract(text).Require("person:maria-okafor", Stance.Denied, "terminal had not been sold");
        Assert.Equal("The terminal had been sold", s.Claim);
    }

    [Theory]
    [InlineData("A top Argentine official denied on Friday that the terminal had been sold.\n\n\"We are not selling anything,\" Deputy Ports Minister Maria Okafor said at a news conference.", Stance.Denied)]
    [InlineData("A top Argentine official denied on Friday that the terminal had been sold.\n\n\"We are not selling anything,\" Argentina's Deputy Ports Minister Maria Okafor said.", Stance.Denied)]
    public void A_countrys_official_is_the_next_official_of_no_other_country(string text, Stance stance) =>
        Extract(text).Require("person:maria-okafor", stance, "terminal had been sold");

    [Fact]
    public void A_countrys_official_is_not_another_countrys_minister()
    {
        var doc = Extract("A top Argentine official denied on Friday that the terminal had been sold.\n\n\"We are not selling anything,\" Chile's Deputy Ports Minister Maria Okafor said.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:maria-okafor" && s.Evidence.Contains("terminal had been sold", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A senior port official said on Monday that the terminal had not been sold. Maria Okafor met the mayor later.")]
    [InlineData("A senior port official said on Monday that the terminal had not been sold. The mayor, Maria Okafor, met the board later.")]
    public void A_later_name_without_the_role_is_not_the_speaker(string text)
    {
        Assert.DoesNotContain(Extract(text).Statements, s => s.SpeakerId == "person:maria-okafor");
    }

    [Fact]
    public void A_leads_capitalised_office_is_the_person_the_next_paragraph_names_and_so_is_the_later_minister()
    {
        var doc = Extract("The Minister for Ports has accused a weekly paper of writing a \"contrived story\" about the terminal.\n\n" +
            "In a statement on Monday, Maria Okafor denied that the terminal had been sold.\n\n" +
            "The minister said she expected the paper to publish an apology.");
        doc.Require("person:maria-okafor", Stance.Said, "contrived story");
        doc.Require("person:maria-okafor", Stance.Denied, "terminal had been sold");
        doc.Require("person:maria-okafor", Stance.Said, "publish an apology");
    }

    [Theory]
    [InlineData("The Minister for Ports said on Monday that the terminal had not been sold.\n\nThe mayor, Maria Okafor, met the board later.")]
    [InlineData("The minister said on Monday that the terminal had not been sold.\n\nMaria Okafor met the board later.")]
    [InlineData("The Minister for Ports said on Monday that the terminal had not been sold.\n\nThe board met at noon.\n\nMaria Okafor met the board later.")]
    public void A_leads_office_is_nobody_who_holds_another_role_is_lower_case_or_comes_later(string text)
    {
        Assert.DoesNotContain(Extract(text).Statements, s => s.SpeakerId == "person:maria-okafor");
    }

    [Theory]
    [InlineData("Environment Minister Maria Okafor denies offending the harbour board.\n\nDaniel Ekwueme, director of a port charity, confirmed the account.\n\nThe environment minister says she told the board the terminal was safe.")]
    [InlineData("Health Secretary Maria Okafor denies offending the harbour board.\n\nDaniel Ekwueme, director of a port charity, confirmed the account.\n\nThe health secretary says she told the board the terminal was safe.")]
    public void A_portfolio_before_a_title_is_part_of_the_role_a_later_description_names(string text)
    {
        var doc = Extract(text);
        doc.Require("person:maria-okafor", Stance.Said, "terminal was safe");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:daniel-ekwueme" && s.Claim.Contains("terminal", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lead_spokesman_named_four_paragraphs_on_with_that_role_is_that_person()
    {
        var doc = Extract("A Kenyan opposition spokesman said police raided the alliance's offices on Friday night.\n\n" +
            "Watchmen at the building told reporters there had been no raid.\n\nVoters are preparing to vote on Tuesday.\n\n" +
            "Kenyan media withdrew the stories soon after.\n\n" +
            "The official who reported the raid, Maria Okafor, a spokesman for the opposition leader, later turned her phone off.");
        doc.Require("person:maria-okafor", Stance.Said, "police raided");
    }

    [Fact]
    public void A_lead_spokesman_is_not_a_person_named_far_on_without_that_role()
    {
        var doc = Extract("A Kenyan opposition spokesman said police raided the alliance's offices on Friday night.\n\n" +
            "Watchmen at the building told reporters there had been no raid.\n\nVoters are preparing to vote on Tuesday.\n\n" +
            "Kenyan media withdrew the stories soon after.\n\nMaria Okafor, a shop owner nearby, saw nothing.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:maria-okafor" && s.Evidence.Contains("raided", StringComparison.Ordinal));
    }

    [Fact]
    public void A_club_player_in_the_lede_is_the_person_the_next_sentence_names_with_a_relative_clause()
    {
        var doc = Extract("A Harlow Rovers striker today denied punching a fan outside the ground.\n\n" +
            "Tom Reyes, who joined the club in May, is accused of breaking the fan's nose.");
        doc.Require("person:tom-reyes", Stance.Denied, "punching a fan");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:harlow-rovers");
    }

    [Fact]
    public void A_club_player_never_named_is_not_the_club() =>
        Assert.DoesNotContain(Extract("A Harlow Rovers striker today denied punching a fan outside the ground.").Statements,
            s => s.SpeakerId == "institution:harlow-rovers");

    [Fact]
    public void A_spokesman_of_an_organisation_in_the_lede_still_speaks_for_it() =>
        Extract("A Northgate Bank spokesman today denied the bank had been sold.\n\nTom Reyes, who joined the bank in May, said nothing.")
            .Require("institution:northgate-bank", Stance.Denied, "bank had been sold");

    [Fact]
    public void The_next_sentence_opening_with_a_name_and_its_own_role_is_no_naming_of_the_lede() =>
        Assert.DoesNotContain(Extract("A senior port official denied the port was sold.\n\nMaria Okafor, the harbour master, said ships would dock.").Statements,
            s => s.SpeakerId == "person:maria-okafor" && s.Stance == Stance.Denied);
}
