using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Peter Dutton's spokeswoman told the Guardian: “…”" ¶ "the spokeswoman said: “…”": the text says whose spokeswoman she
/// is, so her later words are that person's too, as they are an organisation's after "an Exxaro spokesperson"; an
/// outlet's national edition she talks to ("Guardian Australia") reports and speaks for no one. Invented sentences.
/// </summary>
public sealed class PersonsSpokeswomanTests
{
    private const string Lead = "Minister disputes caller's account\n\n" +
        "A student says he rang the minister's office on Tuesday.\n\n" +
        "Peter Hallam's spokeswoman told reporters: “The allegation is completely false.”\n\n";

    [Fact]
    public void The_spokeswoman_named_as_a_persons_speaks_for_that_person_again()
    {
        var doc = Invented.Extract("spokeswoman.txt", Lead +
            "Asked whether the adviser spoke for the minister, the spokeswoman said: “The minister does not believe this group is a terror organisation.”");
        var hallam = Assert.Single(doc.Entities, e => e.Name == "Peter Hallam");
        doc.Require(hallam.Id, Stance.Denied, "allegation is completely false");
        doc.Require(hallam.Id, Stance.Denied, "terror organisation");
    }

    [Fact]
    public void A_spokeswoman_the_text_gives_to_no_one_is_not_the_last_person_named()
    {
        var doc = Invented.Extract("unnamed.txt",
            "Minister disputes caller's account\n\nPeter Hallam told reporters: “The allegation is completely false.”\n\n" +
            "Later the spokeswoman said: “The minister does not believe this group is a terror organisation.”");
        var hallam = Assert.Single(doc.Entities, e => e.Name == "Peter Hallam");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == hallam.Id && s.Evidence.Contains("terror organisation", StringComparison.Ordinal));
    }

    [Fact]
    public void An_outlets_national_edition_is_an_outlet_and_no_spokeswomans_principal()
    {
        var doc = Invented.Extract("edition.txt",
            "A student says he rang the minister's office on Tuesday. But a spokeswoman disputes some of the student's recollection.\n\n" +
            "Peter Hallam's spokeswoman told Guardian Australia: “The allegation is completely false.”");
        var edition = Assert.Single(doc.Entities, e => e.Name == "Guardian Australia");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == edition.Id);
        var hallam = Assert.Single(doc.Entities, e => e.Name == "Peter Hallam");
        Assert.Contains(doc.Statements, s => s.SpeakerId == hallam.Id && s.ReportedBy.Contains(edition.Id));
    }
}
