using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "the singer's representative has denied it ever took place": one who speaks for a person the text describes speaks as
/// that person, as "her representative" does; "the club's lawyers" with no club speak for no one. Invented sentences.
/// </summary>
public sealed class DescribedProxyTests
{
    private static ExtractedDocument Extract(string sentence) =>
        Invented.Extract("proxy.txt", "Singer Jane Ruddock spoke on Monday. An interview with the star was published on Sunday.\n\n" + sentence);

    [Theory]
    [InlineData("The singer's representative denied the report.")]
    [InlineData("The singer's representative has denied it ever took place.")]
    [InlineData("The singer's lawyers have also strongly denied the report.")]
    public void The_described_persons_proxy_speaks_as_that_person(string sentence) =>
        Extract(sentence).Require("person:jane-ruddock", Stance.Denied, "denied");

    [Fact]
    public void A_proxy_of_no_one_named_speaks_for_no_one() =>
        Assert.Empty(Extract("The club's lawyers denied the report.").Statements);
}
