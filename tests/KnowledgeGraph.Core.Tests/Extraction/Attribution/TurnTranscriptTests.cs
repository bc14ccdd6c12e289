using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// Transcripts whose labels stand on lines of their own ("Peter:" over the turn's paragraphs), a briefing's single
/// exchange ("CCTV: …?" then the spokesperson's answer), and the voices an answer quotes. Invented paragraphs.
/// </summary>
public sealed class TurnTranscriptTests
{
    private const string Radio = "Transcript of the morning radio interview\n\n" +
        "Peter:\n\nAnd how worried are you about the speaker in the debate tomorrow? Will he be one of your problems?\n\n" +
        "Simon:\n\nAh, well, let me just say this. The harbour commission cannot look at what ministers did. And why do I say that? " +
        "Because the law is clear on it.\n\nThey sat on the report for a month.\n\n" +
        "Peter:\n\nWhen do you think the minister was told?\n\n" +
        "Simon:\n\nI think they knew before the statements went out. Um, the timing is the whole story.";

    [Fact]
    public void A_label_alone_on_its_line_gives_the_paragraphs_below_it_to_that_voice()
    {
        var doc = Invented.Extract("radio.txt", Radio);
        doc.Require("person:simon", Stance.Said, "cannot look at what ministers did");
        doc.Require("person:simon", Stance.Said, "sat on the report for a month");
        doc.Require("person:simon", Stance.Said, "they knew before the statements went out");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "person:peter");
    }

    [Fact]
    public void A_run_up_and_a_filler_word_are_no_statement_and_no_name()
    {
        var doc = Invented.Extract("radio.txt", Radio);
        Assert.DoesNotContain(doc.Statements, x => x.Evidence.Contains("let me just say this", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Entities, e => e.Name is "Um" or "Ah");
    }

    [Fact]
    public void A_question_inside_an_answer_does_not_make_the_answering_voice_the_asker()
    {
        // Simon asks "And why do I say that?" but his turns end in statements; Peter's end in questions.
        var doc = Invented.Extract("radio.txt", Radio);
        Assert.Contains(doc.Statements, x => x.SpeakerId == "person:simon" && x.Evidence.Contains("law is clear", StringComparison.Ordinal));
    }

    private const string Briefing = "Foreign Ministry Spokesperson Jane Roe's Regular Press Conference on June 2\n\n" +
        "NTV: A newspaper cited a source saying the port deal was signed in secret. What's Peru's comment?\n\n" +
        "Jane Roe: The report you mentioned is entirely false. No deal was signed in secret.\n\n" +
        "Peru has stated its position on the port on many occasions. The port remains open to all ships.";

    [Fact]
    public void A_briefings_one_exchange_gives_the_answer_and_its_paragraphs_to_the_spokesperson()
    {
        var doc = Invented.Extract("briefing.txt", Briefing);
        doc.Require("person:jane-roe", Stance.Denied, "entirely false");
        // The country the spokesperson's ministry belongs to, named as the subject, is no new voice.
        doc.Require("person:jane-roe", Stance.Said, "remains open to all ships");
        Assert.DoesNotContain(doc.Statements, x => x.Evidence.Contains("cited a source", StringComparison.Ordinal));
    }

    [Fact]
    public void A_voice_quoted_inside_an_answer_speaks_for_itself_and_a_report_of_others_stays_the_answer()
    {
        var doc = Invented.Extract("radio.txt", "Transcript of the morning radio interview\n\nMinister Grant Robertson and Minister Andrew Little were not available.\n\n" +
            "Peter:\n\nDid the minister know?\n\n" +
            "Simon:\n\nI think we'll see some ducking and diving. Robertson says \u201cno way, I didn't know anything\u201d although of course " +
            "Little says \u201cI told him in a timely manner.\u201d The harbour board clearly stated that the report was ready in May.\n\n" +
            "Peter:\n\nWhat happens next?\n\nSimon:\n\nThe prime minister has to answer for it in the house.");
        doc.Require("person:grant-robertson", Stance.Denied, "no way");
        doc.Require("person:andrew-little", Stance.Said, "timely manner");
        doc.Require("person:simon", Stance.Said, "report was ready in May");
    }
    private const string Archive = "Transcripts of the prime ministers\n\nRoe, Jane\n\nRelease Type:\nInterview\n\n" +
        "Interview with Kofi Mensah, Harbour Radio\n\nMENSAH:\n\nPrime Minister, thanks for your time.\n\nPRIME MINISTER:\n\nHi Kofi.\n\n" +
        "MENSAH:\n\nIs this a misunderstanding or is somebody lying?\n\nPRIME MINISTER:\n\nWell, I dispute what he said. " +
        "He told me that he had looked at the harbour video.\n\nMENSAH:\n\nAre you being accused of lying?\n\nPRIME MINISTER:\n\n" +
        "Look, I'm rejecting what he's saying, of course.";

    [Fact]
    public void Labels_in_capitals_alone_on_their_lines_give_the_office_holder_the_answers()
    {
        var doc = Invented.Extract("archive.txt", Archive);
        doc.Require("person:jane-roe", Stance.Said, "looked at the harbour video");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "person:kofi-mensah");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("Hi ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_answer_in_the_first_person_with_a_verb_of_denial_denies()
    {
        var doc = Invented.Extract("archive.txt", Archive);
        doc.Require("person:jane-roe", Stance.Denied, "I dispute what he said");
        doc.Require("person:jane-roe", Stance.Denied, "rejecting what he's saying");
    }

    [Theory]
    [InlineData("Roe, Jane")]
    [InlineData("\u2022 Roe, Jane Mary")]
    public void A_line_of_surname_comma_given_names_is_that_person(string line)
    {
        var doc = Invented.Extract("archive.txt", "Transcripts of the prime ministers\n\n" + line + "\n\nThe harbour reopened on Monday, officials said.");
        Assert.Contains(doc.Entities, e => e.Name == "Jane Roe" && e.Kind == EntityKind.Person);
    }
    private const string Panel = "Transcript of the morning television news panel\n\n" +
        "KOFI MENSAH, CO-HOST: Joining us is Minister for Ports, Jane Roe, and Senator Tom Hale. Jane, the premier is loose with the truth. Is that the truth?\n\n" +
        "JANE ROE, MINISTER FOR PORTS: No, it's not, and I think it was an unnecessary personal attack. That was one clip.\n\n" +
        "MENSAH: I mean, hold the phone. Your party never verbals anyone.\n\nROE: That is right. Thanks for that.\n\n" +
        "MENSAH: What took the premier so long?\n\n" +
        "TOM HALE, OPPOSITION SPOKESPERSON: I think the premier has been running the same campaign the whole time here. The harbour lies have caught up with them.";

    [Fact]
    public void Labels_of_a_name_and_an_office_give_each_guest_their_lines_and_the_co_host_none()
    {
        var doc = Invented.Extract("panel.txt", Panel);
        doc.Require("person:jane-roe", Stance.Denied, "No, it's not");
        doc.Require("person:tom-hale", Stance.Said, "same campaign");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "person:kofi-mensah");
        Assert.DoesNotContain(doc.Statements, x => x.Evidence.Contains("hold the phone", StringComparison.Ordinal));
    }

    [Fact]
    public void A_correspondents_lines_in_a_news_transcript_are_no_guests_answers()
    {
        var doc = Invented.Extract("news.txt", "Transcript of the evening news\n\n" +
            "DANA ROE, CHIEF POLITICAL CORRESPONDENT: Welcome to a special edition of the evening news. What is the latest?\n\n" +
            "KOFI MENSAH, WHITE HOUSE CORRESPONDENT: Well, our colleague is now confirming that the president did make the comments.\n\n" +
            "ROE: Thank you, Kofi. Is the White House responding?\n\n" +
            "MENSAH: The press office has not commented yet, and the president is at his golf club tonight.");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "person:kofi-mensah");
    }
}
