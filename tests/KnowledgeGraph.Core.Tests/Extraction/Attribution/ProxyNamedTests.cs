using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "Marco Velli's agent has denied …" speaks as Velli only while the agent has no name; when a sentence nearby names
/// someone as his agent (or representative, lawyer, spokesman), that person speaks. The naming may call the agent a
/// representative, never a lawyer one a publicist. Invented text.
/// </summary>
public sealed class ProxyNamedTests
{
    private static ExtractedDocument Extract(string body) => Invented.Extract("proxy.txt", body);

    [Theory]
    [InlineData("Marco Velli’s agent has denied the forward has agreed to join Ajax.\n\nThe 19-year-old has scored 12 goals this season.\n\nOn Monday a paper reported the club had met his release clause.\n\nBut his representative Paolo Ferrante moved to dismiss suggestions that a move is settled.")]
    [InlineData("Marco Velli's agent has denied the forward has agreed to join Ajax. His agent, Paolo Ferrante, spoke to a radio station.")]
    [InlineData("Paolo Ferrante, his agent, met the club in May.\n\nMarco Velli's agent has denied the forward has agreed to join Ajax.")]
    [InlineData("Marco Velli's agent has denied the forward has agreed to join Ajax. Velli's representative Paolo Ferrante met the club in May.")]
    public void A_proxy_named_nearby_speaks_himself(string text)
    {
        var doc = Extract(text);
        doc.Require("person:paolo-ferrante", Stance.Denied, "forward has agreed to join Ajax");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:marco-velli" && s.Evidence.Contains("join Ajax", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Marco Velli's agent has denied the forward has agreed to join Ajax. The club's director Paolo Ferrante met him in May.")]
    [InlineData("Marco Velli's agent has denied the forward has agreed to join Ajax. His lawyer, Paolo Ferrante, declined to comment.")]
    [InlineData("Marco Velli's agent has denied the forward has agreed to join Ajax. The talks went on.\n\nA paper said more.\n\nThe club met twice.\n\nThe fans waited.\n\nHis agent, Paolo Ferrante, spoke to a radio station.")]
    public void Without_a_naming_of_that_kind_close_by_the_principal_speaks(string text)
    {
        var doc = Extract(text);
        doc.Require("person:marco-velli", Stance.Denied, "forward has agreed to join Ajax");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:paolo-ferrante");
    }

    [Theory]
    [InlineData("Legal reps for Tamara Okoro are denying reports that a former publicist planted a story.")]
    [InlineData("Reps for the singer denied reports that a former publicist planted a story.")]
    [InlineData("Legal reps for the 27-year-old singer are denying reports that a former publicist planted a story.")]
    public void Reps_for_a_person_named_or_described_speak_as_that_person(string sentence) =>
        Invented.Extract("reps.txt", "The singer Tamara Okoro released a new album last year.\n\n" + sentence)
            .Require("person:tamara-okoro", Stance.Denied, "former publicist planted a story");
}
