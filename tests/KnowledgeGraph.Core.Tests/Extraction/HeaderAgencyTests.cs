using KnowledgeGraph.Core.Tests.Support;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// A news agency credited on a line of its own above the body ("IANS", "Posted on Aug 12 2014 | IANS", "By AFP") is
/// named in the text, so an entity, whatever the page's publisher; a byline naming a person, or a line below the body's
/// start, credits no agency. Invented articles.
/// </summary>
public sealed class HeaderAgencyTests
{
    private const string Body = "The Harbour Board said on Thursday that it has not sold the terminal to any company, and that the tender would reopen next month with new rules for bidders.";

    [Theory]
    [InlineData("Posted on Aug 12 2014 | IANS", "Indo-Asian News Service")]
    [InlineData("By AFP", "Agence France-Presse")]
    public void An_agency_credited_above_the_body_is_an_entity(string credit, string agency)
    {
        var doc = Seeds.Extract("agency.txt", "URL: https://www.example.com/news/port-sale\n\nHarbour board denies sale\n\n" + credit + "\n\n" + Body);
        Assert.Contains(doc.Entities, e => e.Name == agency);
    }

    [Fact]
    public void A_persons_byline_credits_no_agency()
    {
        var doc = Seeds.Extract("agency.txt", "URL: https://www.example.com/news/port-sale\n\nHarbour board denies sale\n\nBy Ann Lee\n\n" + Body);
        Assert.DoesNotContain(doc.Entities, e => e.Name is "Agence France-Presse" or "Indo-Asian News Service" or "Associated Press" or "Reuters");
    }
}
