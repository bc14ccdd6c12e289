using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "on Wednesday", "on March 3" after an organisation's name is when it spoke, not the subject a body is named for
/// ("Committee on Foreign Relations"): the name keeps its country and stops before the date. A timestamp's weekday and
/// month ("Thu Feb 26 …") are no name, nor are a headline's verb after its subject and the capitals after it ("US Eases
/// Oil Embargo on Cuba"). Invented sentences.
/// </summary>
public sealed class DateAfterNameTests
{
    [Theory]
    [InlineData("The Kenya Rowing Federation on Wednesday denied a rift between the crews and their coach.", "Kenya Rowing Federation")]
    [InlineData("The Kenya Rowing Federation on March 3 denied a rift between the crews and their coach.", "Kenya Rowing Federation")]
    [InlineData("The Harbour Safety Committee on Monday denied that the pier had been closed.", "Harbour Safety Committee")]
    public void A_date_after_the_name_is_no_part_of_it(string sentence, string name)
    {
        var doc = Invented.Extract("date.txt", "Rowing\n\n" + sentence);
        var body = Assert.Single(doc.Entities, e => e.Name == name);
        Assert.Equal(EntityKind.Institution, body.Kind);
        var denial = Assert.Single(doc.Statements);
        Assert.Equal(body.Id, denial.SpeakerId);
        Assert.Equal(Stance.Denied, denial.Stance);
    }

    [Fact]
    public void A_body_named_for_its_subject_keeps_it()
    {
        var doc = Invented.Extract("date.txt", "Rowing\n\nThe Harbour Committee on Tourism denied that the pier had been closed.");
        Assert.Contains(doc.Entities, e => e.Name == "Harbour Committee on Tourism");
    }

    [Fact]
    public void A_timestamps_weekday_and_month_are_no_name()
    {
        var doc = Invented.Extract("date.txt", "Thu Feb 26 04:17:41 UTC 2026: Harbour headline\n\nThe Sun said on Monday that the harbour was sold to Jane Roe.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("Feb", StringComparison.Ordinal));
        Assert.Contains(doc.Entities, e => e.Name == "The Sun");
    }

    [Theory]
    [InlineData("US Eases Oil Embargo on Venezuela Amid Concerns", "Eases Oil Embargo")]
    [InlineData("US Lifts Oil Embargo on Venezuela Amid Concerns", "Lifts Oil Embargo")]
    public void A_headlines_verb_after_its_subject_opens_no_name(string headline, string words)
    {
        var doc = Invented.Extract("date.txt", headline + "\n\nThe Norland Harbour Board said on Monday that the embargo would be eased.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains(words, StringComparison.Ordinal));
        Assert.Contains(doc.Entities, e => e.Name == "Norland Harbour Board");
    }
}
