using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// Transcripts whose voices are labelled in capitals: a press availability's one exchange ("QUESTION: … / SECRETARY ROE: …")
/// and an interview of two named voices, one of them asking; and a quoted question someone "asked", which claims nothing
/// (a rhetorical one "posed" or said is the speaker's: ReportRelativeTests).
/// Invented paragraphs.
/// </summary>
public sealed class TranscriptVoicesTests
{
    [Fact]
    public void One_question_then_a_titled_voice_is_that_persons_answer_over_its_paragraphs()
    {
        var doc = Invented.Extract("press.txt", "Secretary of State Jane Roe remarks to press in Lagos.\n\n" +
            "QUESTION: Can I ask you about the fuel licences announced today? Is this a shift in policy?\n\n" +
            "SECRETARY ROE: No, it has always been legal to sell fuel to private firms in Norvia. These would not be sales to the army.\n\n" +
            "The private sector in Norvia is quite small, and the government there is responsible for the crisis.");
        Assert.Contains(doc.Statements, x => x.SpeakerId == "person:jane-roe" && x.Evidence.Contains("always been legal", StringComparison.Ordinal));
        doc.Require("person:jane-roe", Stance.Said, "government there is responsible");
    }

    [Fact]
    public void Two_named_voices_of_which_one_asks_give_the_answers_to_the_other_and_nothing_to_the_asker()
    {
        var doc = Invented.Extract("interview.txt", "Broadcaster Kofi Mensah interviewed Prime Minister Jane Roe on Tuesday night.\n\n" +
            "KOFI MENSAH: But go back to the trust question. Does this secrecy help that?\n\n" +
            "JANE ROE: I do not accept the assertion you are putting to me. You are making accusations.\n\n" +
            "KOFI MENSAH: I gave you three concrete examples of it.\n\n" +
            "JANE ROE: These are minor matters that do not go to the issues you are talking about.");
        doc.Require("person:jane-roe", Stance.Said, "making accusations");
        Assert.Contains(doc.Statements, x => x.SpeakerId == "person:jane-roe" && x.Evidence.Contains("minor matters", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "person:kofi-mensah");
    }

    [Fact]
    public void Voices_labelled_with_a_title_and_their_state_or_with_their_office_and_company_are_those_people()
    {
        var doc = Invented.Extract("hearing.txt", "Senators question harbour chiefs.\n\n" +
            "TAMSIN OKORO, CNN HOST: Senators questioned the harbour chiefs today.\n\n" +
            "SEN. KOFI MENSAH (R-TX): Mr. Dorsett, who put you in charge of the harbour?\n\n" +
            "JACK DORSETT, CEO, HARBOURCO: We're not closing the harbour. We want more transparency.\n\n" +
            "MENSAH: Thank you, sir.\n\n" +
            "SEN. BRIAN SCHULTE (D-HI): We have to call this hearing what it is, a sham.");
        Assert.Contains(doc.Entities, e => e.Name == "Brian Schulte" && e.Kind == EntityKind.Person);
        doc.Require("person:jack-dorsett", Stance.Denied, "not closing the harbour");
        doc.Require("person:brian-schulte", Stance.Said, "a sham");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("Sen", StringComparison.Ordinal) || e.Name.Contains("Ceo", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Two_named_voices_that_both_ask_are_no_interview()
    {
        var doc = Invented.Extract("debate.txt", "Kofi Mensah and Jane Roe met in a televised debate on Tuesday night.\n\n" +
            "KOFI MENSAH: Why did your government hide the report? Who decided that?\n\n" +
            "JANE ROE: Nobody hid anything from anyone. Why do you keep saying so?\n\n" +
            "KOFI MENSAH: The report was kept from parliament for a year.\n\n" +
            "JANE ROE: The report was published in full in March.");
        Assert.DoesNotContain(doc.Statements, x => x.Evidence.Contains("published in full", StringComparison.Ordinal));
    }

    [Fact]
    public void A_caption_line_of_two_names_is_two_people_and_the_transcript_speaks_with_the_second()
    {
        var doc = Invented.Extract("caption.txt", "Heated interview: Leigh Sales & Scott Morrison on the tax plan\n\nLeigh Sales Scott Morrison\n" +
            "LEIGH SALES: But go back to the trust question. Does this secrecy help that?\n\n" +
            "SCOTT MORRISON: I do not accept the assertion you are putting to me. You are making accusations.\n\n" +
            "LEIGH SALES: I gave you three concrete examples of it.\n\n" +
            "SCOTT MORRISON: These are minor matters that do not go to the issues you are talking about.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Leigh Sales Scott Morrison");
        doc.Require("person:scott-morrison", Stance.Said, "making accusations");
    }

    [Fact]
    public void A_paragraph_that_names_the_answering_voice_is_narrative_again()
    {
        var doc = Invented.Extract("interview.txt", "Broadcaster Kofi Mensah interviewed Prime Minister Jane Roe on Tuesday night.\n\n" +
            "KOFI MENSAH: Does this secrecy help that?\n\nJANE ROE: You are making accusations about the budget.\n\n" +
            "KOFI MENSAH: Why hide the report?\n\nJANE ROE: These are minor matters about the budget.\n\n" +
            "This is a short excerpt from a long interview between Prime Minister Jane Roe and Kofi Mensah on the budget.");
        doc.Require("person:jane-roe", Stance.Said, "minor matters");
        Assert.DoesNotContain(doc.Statements, x => x.Evidence.Contains("short excerpt", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\u201cHow is it possible that you do not have a plan for jobs?,\u201d Kofi Mensah asked the prime minister.")]
    [InlineData("\u201cWhy the secrecy about a fuel plan that is no big deal?\u201d Kofi Mensah asked.")]
    public void A_quoted_question_asked_claims_nothing(string question)
    {
        var doc = Invented.Extract("question.txt", question + "\n\n\u201cThe plan is sound,\u201d Prime Minister Jane Roe said.");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "person:kofi-mensah");
        doc.Require("person:jane-roe", Stance.Said, "plan is sound");
    }

    [Fact]
    public void A_host_labelled_in_brackets_asks_and_the_capitalised_voices_after_are_people_the_text_never_named_otherwise()
    {
        var doc = Invented.Extract("cable.txt", "Watch the exchange on the harbour report.\n\n" +
            "KOFI MENSAH (HOST): The minister said the harbour report was false. Do you accept that it was accurate?\n\n" +
            "TAMSIN OKORO: No. The minister was exactly right about the harbour report.\n\n" +
            "MENSAH: We did not publish the harbour figures.\n\n" +
            "OKORO: I did not say that you did, but you linked to them in your story.");
        var okoro = doc.Entities.Single(e => e.Name == "Tamsin Okoro");
        Assert.Equal(EntityKind.Person, okoro.Kind);
        doc.Require(okoro.Id, Stance.Said, "minister was exactly right");
        Assert.Contains(doc.Statements, x => x.SpeakerId == okoro.Id && x.Evidence.Contains("linked to them", StringComparison.Ordinal));
        Assert.Contains(doc.Statements, x => x.SpeakerId == "person:kofi-mensah" && x.Evidence.Contains("did not publish", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Statements, x => x.Evidence.Contains("Do you accept", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("BREAKING NEWS: The harbour will reopen on Monday, the port authority said.")]
    [InlineData("PRIME MINISTER: The harbour will reopen on Monday, she told reporters.")]
    public void A_capitalised_label_of_words_or_titles_names_no_person(string paragraph) =>
        Assert.DoesNotContain(Invented.Extract("label.txt", paragraph).Entities,
            e => e.Kind == EntityKind.Person && (e.Name.StartsWith("Breaking", StringComparison.Ordinal) || e.Name.StartsWith("Prime", StringComparison.Ordinal)));

    [Fact]
    public void Two_voices_named_in_full_then_by_initials_both_asking_each_speak_their_own_lines()
    {
        var doc = Invented.Extract("radio.txt", "Kofi Mensah's interview with the health minister.\n\n" +
            "Mensah: You have said that the policy of the ministry is well known. Do you accept that the virus causes the disease?\n" +
            "Okoro-Tamsin: Why do you ask me that question today? I have answered that question many times.\n" +
            "M: Yes, and the answer is?\n" +
            "O-T: Why should you ask me that question? My whole record of twenty years in this field is testimony.\n" +
            "M: I am not putting words into your mouth. I am asking you a question.\n" +
            "O-T: I have never said anything contrary to what you want me to say today.");
        var minister = doc.Entities.Single(e => e.Name == "Okoro-Tamsin");
        Assert.Equal(EntityKind.Person, minister.Kind);
        doc.Require(minister.Id, Stance.Denied, "contrary to what you want");
        Assert.Contains(doc.Statements, x => x.SpeakerId == minister.Id && x.Evidence.Contains("record of twenty years", StringComparison.Ordinal));
        Assert.Contains(doc.Statements, x => x.SpeakerId == "person:kofi-mensah" && x.Evidence.Contains("putting words", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Statements, x => x.Evidence.Contains("Why should you ask", StringComparison.Ordinal));
    }
}
