using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Statement from Stewart Jackson MP:" over paragraphs set in quotation marks: a person's titled statement, as an
/// organisation's was, with the person's title after the name; its quoted paragraphs are the person's. In an organisation's
/// release the quoted paragraphs after a spokesman's quotation stay his. Invented sentences.
/// </summary>
public sealed class PersonTitledStatementTests
{
    [Fact]
    public void A_persons_titled_statement_speaks_in_its_quoted_paragraphs()
    {
        var doc = Invented.Extract("statement.txt", "MP wins apology\n\nStatement from Stewart Jackson MP:\n\n" +
            "“On 22 October the Harbour Gazette published a story about my expenses which was malicious and untrue.\n\n" +
            "The Harbour Gazette has today published a retraction and an apology and paid my legal costs.\n\n" +
            "Newspapers should report the facts about members of parliament in a balanced and fair way.”");
        var speakers = doc.Statements.Select(s => doc.Entities.Single(e => e.Id == s.SpeakerId).Name).ToList();
        Assert.Equal(3, speakers.Count);
        Assert.All(speakers, name => Assert.Equal("Stewart Jackson", name));
        Assert.Contains(doc.Statements, s => s.Stance == Stance.Denied && s.Evidence.Contains("untrue", StringComparison.Ordinal));
    }

    [Fact]
    public void In_a_release_quoted_paragraphs_after_a_spokesman_stay_his()
    {
        var doc = Invented.Extract("release.txt", "Harbour Air Rejects Union Claims\n\n" +
            "Harbour Air today rejected as false claims by the engineers' union that it was hiding technical incidents.\n\n" +
            "\"The union's campaign began in November and our oversight procedures have been in place since that day,\" Mr David Epstein said.\n\n" +
            "\"Highly qualified engineering managers are certifying work which is then subject to detailed peer review.\n\n" +
            "\"We are absolutely confident we are meeting all of our regulatory obligations.\"\n\n" +
            "Issued by Harbour Air Corporate Communication");
        var managers = Assert.Single(doc.Statements, s => s.Evidence.Contains("peer review", StringComparison.Ordinal));
        Assert.Equal("David Epstein", doc.Entities.Single(e => e.Id == managers.SpeakerId).Name);
    }
}
