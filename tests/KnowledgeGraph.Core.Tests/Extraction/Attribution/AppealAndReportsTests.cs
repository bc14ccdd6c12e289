using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// Appeals, warnings and evasive answers that assert nothing; reports called false as a sentence's subject. Invented
/// sentences after constructions of real wire and government pages.
/// </summary>
public sealed class AppealAndReportsTests
{
    [Theory]
    [InlineData("Presidential spokesperson Carla Reyes urged the public to no longer believe such claims.")]
    [InlineData("Presidential spokesperson Carla Reyes warned the public against false news and information.")]
    [InlineData("Presidential spokesperson Carla Reyes has repeatedly warned against the spread of misinformation.")]
    [InlineData("Presidential spokesperson Carla Reyes cautioned the public against sharing the post.")]
    [InlineData("Presidential spokesperson Carla Reyes also warned the media about spreading false information.")]
    [InlineData("Carla Reyes spoke on Monday.\n\n\"Any person with information relating to the incident at the port is advised to file a formal complaint at the nearest police station,\" she said.")]
    [InlineData("\"Residents are urged to stay indoors until the all-clear,\" Carla Reyes said.")]
    [InlineData("\"He is neither confirming nor denying that he went to the hospital,\" Carla Reyes said.")]
    public void An_appeal_a_warning_against_something_or_an_evasive_answer_gives_no_statement(string text)
    {
        var doc = Invented.Extract("appeal.txt", text);
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:carla-reyes");
    }

    [Theory]
    [InlineData("Presidential spokesperson Carla Reyes warned that the claims would be investigated.", Stance.Said)]
    [InlineData("Presidential spokesperson Carla Reyes warned the public that the message was fake.", Stance.Denied)]
    [InlineData("\"The public is advised that the message is fake,\" Carla Reyes said.", Stance.Denied)]
    [InlineData("\"We encourage the media to verify facts before publishing any articles on the port,\" Carla Reyes said.", Stance.Said)]
    [InlineData("\"The residents are angry and are advised by lawyers,\" Carla Reyes said.", Stance.Said)]
    public void A_warning_or_advice_with_content_still_gives_a_statement(string text, Stance stance)
    {
        var doc = Invented.Extract("appeal.txt", text);
        Assert.Contains(doc.Statements, s => s.SpeakerId == "person:carla-reyes" && s.Stance == stance);
    }

    [Theory]
    [InlineData("There was no meeting between Ivan Sokolov and Tom Hardy, and all reports about it are false, Kremlin spokesman Ivan Petrov said on Monday.", "There was meeting between Ivan Sokolov and Tom Hardy")]
    [InlineData("There was no meeting between the two leaders, and all reports about it are false, Kremlin spokesman Ivan Petrov said on Monday.", "There was meeting between the two leaders")]
    public void A_clause_and_all_reports_about_it_called_false_denies_the_clause(string sentence, string claim)
    {
        var doc = Invented.Extract("kremlin.txt", sentence);
        var s = Assert.Single(doc.Statements, s => s.SpeakerId == "person:ivan-petrov");
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.StartsWith(claim, s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void A_said_clause_and_reports_called_false_give_both()
    {
        var doc = Invented.Extract("kremlin.txt", "The meeting took place in May, and the reports of a rift are untrue, Ivan Petrov said.");
        Assert.Contains(doc.Statements, s => s.SpeakerId == "person:ivan-petrov" && s.Stance == Stance.Said && s.Claim.StartsWith("The meeting took place", StringComparison.Ordinal));
        Assert.Contains(doc.Statements, s => s.SpeakerId == "person:ivan-petrov" && s.Stance == Stance.Denied && s.Claim.Contains("rift", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"There are multiple unconfirmed and inaccurate news reports about a second suspect,\" police spokeswoman Mary Boyd said in a statement.", "A second suspect")]
    [InlineData("\"There are inaccurate reports that a second suspect was arrested,\" Mary Boyd said.", "A second suspect was arrested")]
    [InlineData("\"An associate of the gunman was interviewed this evening. There is no reason to believe that he is involved,\" police spokeswoman Mary Boyd said.", "He is involved")]
    public void Reports_called_false_or_no_reason_to_believe_deny_the_clause(string sentence, string claim)
    {
        var doc = Invented.Extract("police.txt", sentence);
        Assert.Contains(doc.Statements, s => s.SpeakerId == "person:mary-boyd" && s.Stance == Stance.Denied && s.Claim == claim);
    }

    [Theory]
    [InlineData("\"There are many reports about a second suspect,\" Mary Boyd said.")]
    [InlineData("\"There is no reason to panic,\" Mary Boyd said.")]
    public void Reports_not_called_false_and_no_reason_to_act_are_said(string sentence)
    {
        var doc = Invented.Extract("police.txt", sentence);
        Assert.Equal(Stance.Said, Assert.Single(doc.Statements).Stance);
    }

    [Theory]
    [InlineData("Maria Okafor and Daniel Ekwueme say they returned to their seats after being instructed to do so by the crew.")]
    [InlineData("Maria Okafor said the dockers had gone home after being told to by the harbour master.")]
    public void A_passive_appeal_inside_a_clause_after_the_verb_is_part_of_a_claim(string sentence)
    {
        var doc = Invented.Extract("appeal.txt", sentence);
        doc.Require("person:maria-okafor", Stance.Said, "after being");
    }
}
