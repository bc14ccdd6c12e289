using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "the Union of Oil and Gas Workers", "the Ministry of Petroleum and Natural Gas": a head word right after "of" is the
/// body's trade or portfolio, and the name goes on past "and"; two bodies joined by "and the" stay two. Invented sentences.
/// </summary>
public sealed class TradeUnionNameTests
{
    [Theory]
    [InlineData("The Harbour Union of Oil and Gas Workers said the strike would go ahead on Monday.", "Harbour Union of Oil and Gas Workers")]
    [InlineData("The Union of Transport and Metal Workers said the strike would go ahead on Monday.", "Union of Transport and Metal Workers")]
    [InlineData("The Ministry of Petroleum and Natural Gas said fuel prices would rise in March.", "Ministry of Petroleum and Natural Gas")]
    public void A_head_after_of_goes_on_past_and(string sentence, string name)
    {
        var doc = Invented.Extract("union.txt", "Workers vow to strike\n\n" + sentence);
        var s = Assert.Single(doc.Statements);
        var speaker = doc.Entities.Single(e => e.Id == s.SpeakerId);
        Assert.Equal((EntityKind.Institution, name, Stance.Said), (speaker.Kind, speaker.Name, s.Stance));
    }

    [Fact]
    public void Two_bodies_joined_by_and_the_stay_two()
    {
        var doc = Invented.Extract("union.txt", "Rates to rise\n\nThe Department of Transport and the Treasury said fares would rise in March.");
        Assert.Contains(doc.Entities, e => e.Name == "Department of Transport");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("Transport and", StringComparison.Ordinal));
    }
}
