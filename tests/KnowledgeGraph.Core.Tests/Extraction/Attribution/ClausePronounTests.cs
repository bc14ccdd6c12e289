using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "He" or "she" opening the clause of a speech verb after a comma or a conjunction is that verb's subject: a name in an
/// earlier clause of the sentence is not. Invented text.
/// </summary>
public sealed class ClausePronounTests
{
    private static ExtractedDocument Extract(string body) => Invented.Extract("clause-pronoun.txt", body);

    [Theory]
    [InlineData("Earlier this month, after coming on as a substitute when Harbour Rovers exited the Northern Cup, she criticised the coach for her lack of playing time.")]
    [InlineData("Harbour Rovers lost the Northern Cup final and she criticised the coach for her lack of playing time.")]
    public void The_pronoun_before_the_verb_speaks_not_the_earlier_clause(string sentence)
    {
        var doc = Extract("Maria Okafor joined Harbour Rovers in May from a club in Lagos.\n\n" + sentence);
        doc.Require("person:maria-okafor", Stance.Said, "criticised the coach");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId != "person:maria-okafor");
    }

    [Fact]
    public void A_pronoun_with_no_one_to_stand_for_gives_no_statement_to_the_earlier_clause()
    {
        var doc = Extract("When Harbour Rovers exited the Northern Cup, he criticised the coach for his lack of playing time.");
        Assert.Empty(doc.Statements);
    }

    [Fact]
    public void A_pronoun_after_an_outer_speech_verb_is_left_to_the_outer_statement()
    {
        var doc = Extract("Maria Okafor met the harbour board on Monday.\n\nJane Roe says she told the board the port was safe for ships.");
        doc.Require("person:jane-roe", Stance.Said, "port was safe");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:maria-okafor");
    }

    [Fact]
    public void A_person_whose_statement_the_sentence_announces_is_the_next_she()
    {
        var doc = Invented.Extract("pronoun.txt", "Crown prosecutor Geraldine Kelly opened to the jury.\n\n“He knew what he was doing to them,” Kelly told the jury.\n\n" +
            "The man’s defence lawyer Tamara Okoro’s opening statement to the jury was brief.\n\n“It simply did not happen,” she told them.");
        doc.Require("person:tamara-okoro", Stance.Denied, "did not happen");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:geraldine-kelly" && s.Evidence.Contains("did not happen", StringComparison.Ordinal));
    }
}
