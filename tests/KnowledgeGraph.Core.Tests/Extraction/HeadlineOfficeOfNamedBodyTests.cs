using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Zentel CEO denies cyber hack …" over "Zentel CEO, Maria Okafor, addressed the media": a headline's office held in a
/// named organisation is the person the body names right after the same words, with or without a comma, even past a
/// page's scraps ("Published", "on"); the organisation does not deny. Invented sentences.
/// </summary>
public sealed class HeadlineOfficeOfNamedBodyTests
{
    [Theory]
    [InlineData("Zentel CEO, Maria Okafor, addressed the media on Monday.")]
    [InlineData("Zentel CEO Maria Okafor addressed the media on Monday.")]
    public void The_office_holder_the_body_names_denies(string naming)
    {
        var doc = Invented.Extract("headline.txt", "Zentel CEO denies cyber hack amid massive outage\n\nPublished\n\non\n\n" +
            "Zentel, a big telecoms firm, said the outage hit millions of customers on Monday.\n\nThe outage began at dawn.\n\n" + naming);
        var okafor = Assert.Single(doc.Entities, e => e.Name == "Maria Okafor");
        doc.Require(okafor.Id, Stance.Denied, "cyber hack");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId != okafor.Id && s.Evidence.Contains("cyber hack", StringComparison.Ordinal));
    }
}
