using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "“…,” reads an excerpt from the statement.": an excerpt of a document reads out the document's words, which are its
/// issuer's, as "“…,” reads the statement." are. Invented sentences.
/// </summary>
public sealed class ExcerptReadsTests
{
    [Fact]
    public void An_excerpt_reads_for_the_documents_issuer()
    {
        var doc = Invented.Extract("excerpt.txt", "Fine row\n\nQuintbank issued a statement on Monday. \"The reports of a settlement are false " +
            "as no deal has been reached,\" reads an excerpt from the statement.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal(("Quintbank", Stance.Denied), (doc.Entities.Single(e => e.Id == s.SpeakerId).Name, s.Stance));
    }

    [Fact]
    public void Reading_a_book_after_a_quotation_is_no_speech()
    {
        var doc = Invented.Extract("excerpt.txt", "Fine row\n\nQuintbank issued a statement on Monday. \"It was a long night,\" reads an old novel on the shelf.");
        Assert.Empty(doc.Statements);
    }
}
