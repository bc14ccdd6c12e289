using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>Several names as one subject: each of them speaks, and a later "they" speaks for all of them. Invented sentences.</summary>
public sealed class JointStatementTests
{
    [Theory]
    [InlineData("Norway, Denmark and Sweden said that the harbour levy broke the treaty.")]
    [InlineData("Norway, Denmark, and Sweden on Monday said that the harbour levy broke the treaty.")]
    [InlineData("“The harbour levy breaks the treaty,” Norway, Denmark and Sweden said.")]
    public void Every_name_of_a_listed_subject_speaks(string sentence)
    {
        var doc = Invented.Extract("joint.txt", sentence);
        var speakers = doc.Statements.Where(s => s.Claim.Contains("levy", StringComparison.Ordinal)).Select(s => s.SpeakerId).ToHashSet();
        Assert.Equal(3, speakers.Count);
        Assert.Single(doc.Statements.Select(s => s.ClaimId).Distinct()); // one claim, said by three
    }

    [Fact]
    public void Two_people_joined_by_and_both_speak()
    {
        var doc = Invented.Extract("joint.txt", "Port director Maria Okafor and union leader Daniel Ekwueme said the strike would end on Friday.");
        doc.Require("person:maria-okafor", Stance.Said, "strike would end");
        doc.Require("person:daniel-ekwueme", Stance.Said, "strike would end");
    }

    [Fact]
    public void They_after_a_list_introduced_by_including_speaks_for_the_whole_list()
    {
        var doc = Invented.Extract("joint.txt", "The dispute grew after Nordic governments, including Norway, Denmark and Sweden, wrote to the port authority.\n\n" +
            "“We are united in our opposition to the harbour levy,” they said.");
        var speakers = doc.Statements.Where(s => s.Claim.Contains("opposition", StringComparison.Ordinal)).Select(s => s.SpeakerId).ToHashSet();
        Assert.Equal(3, speakers.Count);
        var claim = doc.Statements.First(s => s.Claim.Contains("opposition", StringComparison.Ordinal)).Claim;
        Assert.DoesNotContain("Norway", claim, StringComparison.Ordinal); // "we" is all of them, not one speaker's country
    }

    [Theory]
    [InlineData("Port director Maria Okafor, Nigeria's top port official, said the strike would end on Friday.")]
    [InlineData("Oslo, Norway, said the strike would end on Friday.")]
    [InlineData("Norway, Denmark said the strike would end on Friday.")]
    public void An_appositive_or_a_list_without_and_is_one_speaker_at_most(string sentence)
    {
        var doc = Invented.Extract("joint.txt", sentence);
        Assert.True(doc.Statements.Select(s => s.SpeakerId).Distinct().Count() <= 1);
    }

    [Fact]
    public void Two_names_then_a_title_between_commas_then_the_verb_both_speak()
    {
        var doc = Invented.Extract("joint.txt", "John Knight spoke on Monday.\n\nKnight and Elton Dean, chairman of the ASU board of trustees, said Tuesday that the harbour deal was never signed.");
        doc.Require("person:john-knight", Stance.Denied, "harbour deal was");
        doc.Require("person:elton-dean", Stance.Denied, "harbour deal was");
    }

    [Fact]
    public void A_person_inside_the_commas_breaks_the_list()
    {
        var doc = Invented.Extract("joint.txt", "John Knight spoke on Monday.\n\nKnight and Elton Dean, who met Jane Roe, said Tuesday that the harbour deal was never signed.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:jane-roe");
    }

    [Theory]
    [InlineData("The Harbour Board and Jane Roe rejected the allegations as baseless.")]
    [InlineData("Releasing a joint statement, the Harbour Board and Jane Roe rejected the allegations as baseless.")]
    public void An_organisation_and_a_person_joined_by_and_both_speak(string sentence)
    {
        var doc = Invented.Extract("joint.txt", sentence);
        doc.Require("institution:harbour-board", Stance.Denied, "allegations");
        doc.Require("person:jane-roe", Stance.Denied, "allegations");
    }

    [Fact]
    public void An_organisation_and_a_place_are_no_list_of_speakers()
    {
        var doc = Invented.Extract("joint.txt", "The Harbour Board and Norway rejected the allegations as baseless.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId.StartsWith("place:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_participle_going_on_with_a_joint_statement_is_joint_too()
    {
        var doc = Invented.Extract("joint.txt", "The Harbour Board and Quimby Mining rejected the allegations as baseless, saying that most of the payment had been transferred.");
        doc.Require("institution:harbour-board", Stance.Said, "payment had been transferred");
        doc.Require("institution:quimby-mining", Stance.Said, "payment had been transferred");
    }

    [Fact]
    public void A_participle_after_one_speaker_stays_that_speakers()
    {
        var doc = Invented.Extract("joint.txt", "The Harbour Board rejected the allegations as baseless, saying that most of the payment had been transferred to Quimby Mining.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:quimby-mining");
    }

    [Theory]
    [InlineData("The engaged couple, named by local news as Maria Okafor and Daniel Ekwueme, alleged that they were removed from the ferry.\n\nThe couple claims they sat in an empty row of seats.")]
    [InlineData("Maria Okafor and Daniel Ekwueme said they were removed from the ferry.\n\nThe pair said they sat in an empty row of seats.")]
    public void The_couple_after_two_people_named_together_is_both_of_them(string text)
    {
        var doc = Invented.Extract("joint.txt", text);
        doc.Require("person:maria-okafor", Stance.Said, "empty row");
        doc.Require("person:daniel-ekwueme", Stance.Said, "empty row");
    }

    [Fact]
    public void The_couple_with_no_two_people_named_before_is_no_one()
    {
        var doc = Invented.Extract("joint.txt", "Maria Okafor runs the ferry.\n\nThe couple claims they sat in an empty row of seats.");
        Assert.DoesNotContain(doc.Statements, s => s.Claim.Contains("empty row", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A report by the Harbour Trust and the Coast Watch Group claimed that 33 boats sank in the storm.")]
    [InlineData("The report by the Harbour Trust and the Coast Watch Group alleged that 33 boats sank in the storm.")]
    public void The_authors_of_a_document_each_say_what_it_says(string sentence)
    {
        var doc = Invented.Extract("joint.txt", sentence);
        var speakers = doc.Statements.Where(s => s.Claim.Contains("boats sank", StringComparison.Ordinal)).Select(s => s.SpeakerId).ToHashSet();
        Assert.Equal(["institution:coast-watch-group", "institution:harbour-trust"], speakers.Order());
    }

    [Fact]
    public void A_document_by_one_author_and_a_list_after_its_verb_is_that_authors_alone()
    {
        var doc = Invented.Extract("joint.txt", "A report by the Harbour Trust claimed that Norway and Denmark had broken the treaty.");
        Assert.Equal(["institution:harbour-trust"], doc.Statements.Select(s => s.SpeakerId).Distinct());
    }
}
