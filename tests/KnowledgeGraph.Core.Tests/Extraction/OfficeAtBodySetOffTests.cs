using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "The PR and Protocol Manager at Harbour Bank Nigeria, Mr. Tom Hale, explained …": an office "at", "of" or "for" an
/// organisation (and its country), opening the sentence, then the holder's name set off by commas before the verb: the
/// holder speaks, not the country whose name ends the organisation's. Invented sentences.
/// </summary>
public sealed class OfficeAtBodySetOffTests
{
    [Theory]
    [InlineData("The PR and Protocol Manager at Harbour Bank Nigeria, Mr. Tom Hale, explained in a statement that the outage had nothing to do with attacks.")]
    [InlineData("Head of Communications for Harbour Bank Kenya, Tom Hale, said the outage had nothing to do with attacks.")]
    public void The_holder_of_an_office_at_an_organisation_speaks(string sentence)
    {
        var doc = Invented.Extract("office.txt", "Bank responds\n\nHarbour Bank denied the reports on Monday.\n\n" + sentence);
        var hale = Assert.Single(doc.Entities, e => e.Name == "Tom Hale");
        doc.Require(hale.Id, Stance.Denied, "nothing to do with attacks");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId != hale.Id && s.Evidence.Contains("nothing to do", StringComparison.Ordinal));
    }
}
