using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Chief of staff Rob Eaddy denied …", "Mr Dunne's chief of staff Rob Eaddy …": a title, "of" and its lower-case portfolio
/// before a name are the name's office, so no preposition governs the name; one before the title still does ("a letter to
/// the head of security Ann Lee said …"). Invented sentences.
/// </summary>
public sealed class TitleOfPortfolioBeforeNameTests
{
    [Theory]
    [InlineData("Chief of staff Rob Eaddy denied being the source of the leak.", "Rob Eaddy")]
    [InlineData("Mr Dunne's chief of staff Rob Eaddy has also categorically denied being the source of the leak.", "Rob Eaddy")]
    [InlineData("Head of communications Ann Lee denied leaking the budget papers to reporters.", "Ann Lee")]
    public void The_name_after_its_office_is_the_subject(string sentence, string name)
    {
        var doc = Invented.Extract("office.txt", "Aide denies leak\n\n" + sentence);
        var s = Assert.Single(doc.Statements, x => x.Evidence.Contains("leak", StringComparison.Ordinal) && x.Evidence.Contains(name, StringComparison.Ordinal));
        Assert.Equal((name, Stance.Denied), (doc.Entities.Single(e => e.Id == s.SpeakerId).Name, s.Stance));
    }

    [Fact]
    public void A_preposition_before_the_title_still_governs_the_name()
    {
        var doc = Invented.Extract("office.txt", "Aide denies leak\n\nA letter to the head of security Ann Lee said the building was unsafe.");
        Assert.DoesNotContain(doc.Statements, s => doc.Entities.Single(e => e.Id == s.SpeakerId).Name == "Ann Lee");
    }
}
