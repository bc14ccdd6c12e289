using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>Attribution tags in irregular positions, as found on wire, local and club pages. Invented sentences.</summary>
public sealed class AttributionTagTests
{
    [Theory]
    [InlineData("The firearm was fired more than once, said Police Commissioner Mark Hill.", "person:mark-hill", "fired more than once")]
    [InlineData("The firearm was fired \"more than once,\" said Police Commissioner Mark Hill in a Friday press conference that also warned the media.", "person:mark-hill", "fired \"more than once")]
    [InlineData("The suspect remains at large, said police spokesperson Ann Lee at the press conference.", "person:ann-lee", "remains at large")]
    [InlineData("The suspect remains at large, as \"money is a motivator for some people,\" said police spokesperson Ann Lee.", "person:ann-lee", "remains at large")]
    [InlineData("Riverside will not sell the striker to Chelsea, insists Riverside boss Tom Evans.", "person:tom-evans", "will not sell the striker")]
    [InlineData("The port board will sue the newspaper over its report, says its head Maria Okafor.", "person:maria-okafor", "will sue the newspaper")]
    [InlineData("The port board will sue the newspaper over its report, said its chairman, Maria Okafor.", "person:maria-okafor", "will sue the newspaper")]
    [InlineData("The port board will sue the newspaper over its report, says its head Syed Saddiq Syed Abdul Rahman (pic).", "person:syed-saddiq-syed-abdul-rahman", "will sue the newspaper")]
    public void A_titled_speaker_after_the_verb_says_the_clause_before(string sentence, string speaker, string snippet)
    {
        var doc = Invented.Extract("tag.txt", sentence);
        var s = Assert.Single(doc.Statements, s => s.SpeakerId == speaker);
        Assert.Contains(snippet, s.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The harbour was quiet, recalled former Commissioner Mark Hill's neighbour.")]
    [InlineData("The harbour was quiet, said police spokesperson Ann Lee, who added that the strike was over.")]
    public void A_name_that_is_not_the_whole_speaker_or_a_tail_with_content_gives_no_clause_before(string sentence)
    {
        var doc = Invented.Extract("tag.txt", sentence);
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("harbour was quiet", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"We have been informed that false news is spreading. Such information is absolutely false,\" Presidential Spokesperson Luis Santos in a statement.")]
    [InlineData("\"Such information is absolutely false,\" Presidential Spokesperson Luis Santos said in a statement.")]
    public void A_wire_tag_without_a_verb_names_the_speaker_of_the_quotation(string sentence)
    {
        var doc = Invented.Extract("tag.txt", sentence);
        doc.Require("person:luis-santos", Stance.Denied, "absolutely false");
    }

    [Theory]
    [InlineData("\"Harbour Lights,\" the new film by director Ana Ruiz, opens on Friday.")]
    [InlineData("\"Harbour Lights, the story of a port,\" the new film by director Ana Ruiz.")]
    public void A_quoted_title_before_a_description_is_no_statement(string sentence)
    {
        Assert.Empty(Invented.Extract("tag.txt", sentence).Statements);
    }

    [Theory]
    [InlineData("Interior Secretary Joseph Kamau visited the port.\n\n\"We condemn in the strongest terms the fraudulent acts mentioned in the article.\" Said Kamau.", "person:joseph-kamau")]
    [InlineData("Interior Secretary Joseph Kamau visited the port.\n\n\"We condemn in the strongest terms the fraudulent acts mentioned in the article.\" He added.", "person:joseph-kamau")]
    [InlineData("Interior Secretary Joseph Kamau visited the port.\n\n\"We condemn in the strongest terms the fraudulent acts mentioned in the article.\" Kamau said.", "person:joseph-kamau")]
    public void A_tag_that_is_a_sentence_of_its_own_names_the_speaker_of_the_quotation_before(string text, string speaker)
    {
        var doc = Invented.Extract("tag.txt", text);
        doc.Require(speaker, Stance.Said, "fraudulent acts");
    }

    [Fact]
    public void A_sentence_of_its_own_with_content_after_a_quotation_is_no_tag()
    {
        var doc = Invented.Extract("tag.txt", "Mayor Ana Ruiz said the port was open. \"It will stay open all winter.\" The union said it would strike.");
        doc.Require("person:ana-ruiz", Stance.Said, "stay open all winter");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId != "person:ana-ruiz" && s.Evidence.Contains("stay open", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quotation_it_continued_is_the_previous_speakers()
    {
        var doc = Invented.Extract("tag.txt", "The Norvell Group termed the report false.\n\n\"The net effect of such fabrications can cause disharmony in the port,\" it continued.");
        doc.Require("institution:norvell-group", Stance.Said, "net effect of such fabrications");
    }

    [Fact]
    public void Continued_outside_a_tag_is_no_speech_verb()
    {
        var doc = Invented.Extract("tag.txt", "\"The port will stay closed,\" Mayor Ana Ruiz said as the talks with the union continued.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal("person:ana-ruiz", s.SpeakerId);
    }

    [Theory]
    [InlineData("Port director Jane Roe spoke on Monday. \"To be clear, we refute these allegations\" she said, calling them baseless.", Stance.Denied, "These allegations")]
    [InlineData("Port director Jane Roe spoke on Monday. \"The terminal will open in the middle of May\" she told reporters.", Stance.Said, "The terminal will open in the middle of May")]
    public void A_quoted_clause_opening_the_sentence_needs_no_comma_before_its_attribution(string body, Stance stance, string claim)
    {
        var doc = Invented.Extract("tag.txt", body);
        var s = Assert.Single(doc.Statements, s => s.Evidence.StartsWith("\"", StringComparison.Ordinal));
        Assert.Equal(("person:jane-roe", stance, claim), (s.SpeakerId, s.Stance, s.Claim));
    }

    [Theory]
    [InlineData("Jane Roe said: \"Frankly, the report is false.\"", "The report")]
    [InlineData("Jane Roe said: \"To be honest, the terminal will open in May.\"", "The terminal will open in May")]
    public void A_word_on_how_the_speaker_speaks_is_not_the_claim(string body, string claim)
    {
        var s = Assert.Single(Invented.Extract("tag.txt", body).Statements);
        Assert.Equal(claim, s.Claim);
    }

    [Theory]
    [InlineData("No 10 said it had spoken to the paper before the story came out.")]
    [InlineData("A No 10 spokesman said they were considering their response.")]
    public void Number_ten_speaks_for_the_british_government(string body)
    {
        var s = Assert.Single(Invented.Extract("tag.txt", body).Statements);
        Assert.Equal("institution:government-of-united-kingdom", s.SpeakerId);
    }

    [Fact]
    public void A_long_title_after_the_verb_still_reaches_the_name()
    {
        var doc = Invented.Extract("tag.txt", "\"The terminal will open in the middle of May,\" said executive vice president and chief operating officer John Knight.");
        doc.Require("person:john-knight", Stance.Said, "terminal will open");
    }

    [Fact]
    public void The_channel_between_commas_after_the_verb_is_not_the_claim()
    {
        var s = Assert.Single(Invented.Extract("tag.txt", "Jane Roe said, via an official club statement, \"The terminal will open in May.\"").Statements);
        Assert.Equal("The terminal will open in May", s.Claim);
    }

    [Theory]
    [InlineData("Jane Roe said the report was ludicrous.")]
    [InlineData("Jane Roe said the report was outrageous and wrong.")]
    public void Ludicrous_and_outrageous_reports_are_denied(string body)
    {
        var s = Assert.Single(Invented.Extract("tag.txt", body).Statements);
        Assert.Equal(Stance.Denied, s.Stance);
    }

    [Fact]
    public void A_name_with_its_own_verb_before_and_said_is_the_subject_the_second_verb_shares()
    {
        var doc = Invented.Extract("tag.txt", "Northwind slams media report amid ferry buzz During media briefing, Northwind spokesperson Jane Roe crushed the rumours and said, \"The report? Zero basis, the ferry will sail in May.\"");
        doc.Require("person:jane-roe", Stance.Said, "ferry will sail");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:northwind" && s.Claim.Contains("ferry will sail", StringComparison.Ordinal));
    }

    [Fact]
    public void And_said_after_an_object_name_still_goes_with_the_first_speaker()
    {
        var doc = Invented.Extract("tag.txt", "Jane Roe denied the report, met Tom Reyes and said the ferry would sail in May.");
        doc.Require("person:jane-roe", Stance.Said, "ferry would sail");
    }

    [Theory]
    [InlineData("\u201cWe are not aware of the incident,\u201d a spokesman for the Ministry of Defence in London said.", "Ministry of Defence")]
    [InlineData("Prime Minister Tunde Bakare was in Lagos.\n\n\u201cThis story is completely untrue,\u201d a spokesman for Bakare\u2019s Democratic Party said.", "Democratic Party")]
    public void A_long_attribution_after_a_quotation_still_speaks(string text, string speaker)
    {
        var doc = Invented.Extract("tag.txt", text);
        var statement = Assert.Single(doc.Statements);
        Assert.Equal(speaker, doc.Entities.Single(e => e.Id == statement.SpeakerId).Name);
    }

    [Fact]
    public void A_name_a_colon_and_a_named_subject_with_its_quoted_words_is_the_named_speakers()
    {
        var doc = Invented.Extract("colon.txt", "Port spokeswoman Ada Okafor: Port Director Femi Bello \u201chas not sold the terminal.\u201d");
        var okafor = Assert.Single(doc.Entities, e => e.Name == "Ada Okafor");
        var s = doc.Require(okafor.Id, Stance.Denied, "has not sold the terminal");
        Assert.Contains("Femi Bello", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_before_such_a_colon_speaks_for_no_one()
    {
        var doc = Invented.Extract("colon.txt", "Key Facts: Port director Femi Bello \u201chas not sold the terminal.\u201d");
        Assert.DoesNotContain(doc.Statements, s => s.Rule == "colon-quote");
    }

    [Fact]
    public void On_one_long_line_a_surname_before_the_colon_is_no_caption_label()
    {
        var filler = string.Concat(Enumerable.Repeat("The port authority has denied the report many times in the past few weeks and the denials were reported widely. ", 4));
        var doc = Invented.Extract("colon.txt", "Port denials\n\n" + filler +
            "Port spokeswoman Angela Okafor: Port Director Femi Bello \u201chas not sold the terminal.\u201d That is one denial a week.\n");
        var okafor = Assert.Single(doc.Entities, e => e.Name == "Angela Okafor");
        doc.Require(okafor.Id, Stance.Denied, "has not sold the terminal");
    }
}
