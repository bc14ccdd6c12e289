using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// One who speaks for a person ("a rep for Jane Roe", "a spokesman for Jane Roe") speaks as that person, and so does "the
/// rep" later on; "the rep" with nobody introduced as such is no one. Invented sentences.
/// </summary>
public sealed class ProxyForPersonTests
{
    [Theory]
    [InlineData("rep")]
    [InlineData("spokesman")]
    [InlineData("representative")]
    [InlineData("publicist")]
    public void The_proxy_introduced_for_a_person_speaks_as_that_person_again(string noun)
    {
        var doc = Invented.Extract("proxy.txt",
            $"A {noun} for Jane Roe told the Harbour Courier that the singer had not left the band.\n\n“They are still working on the album,” the {noun} said.");
        var roe = Assert.Single(doc.Entities, e => e.Name == "Jane Roe");
        doc.Require(roe.Id, Stance.Said, "still working on the album");
    }

    [Fact]
    public void A_proxy_nobody_introduced_is_not_the_last_person_named()
    {
        var doc = Invented.Extract("proxy.txt",
            "Jane Roe left the band in March, the Harbour Courier reported.\n\n“They are still working on the album,” the rep said.");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("still working", StringComparison.Ordinal) &&
            doc.Entities.Single(e => e.Id == s.SpeakerId).Name == "Jane Roe");
    }
}
