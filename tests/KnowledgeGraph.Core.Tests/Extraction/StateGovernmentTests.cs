using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// A state's or province's own government, on invented sentences: "the Kerala government", "the Texas state government",
/// "the Delta State government", "the Lagos State Government" are the state's, not the country's (nor another state's);
/// a subdivision written with "State" is named so, though its bare name is a word ("Delta") or a city ("Lagos").
/// </summary>
public sealed class StateGovernmentTests
{
    private static string SpeakerName(ExtractedDocument doc) => doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId).Name;

    [Theory]
    [InlineData("The Kerala government denied the report that the dam was leaking.", "Government of Kerala")]
    [InlineData("The Texas state government denied the report that the dam was leaking.", "Government of Texas")]
    [InlineData("The Delta State government denied the report that the dam was leaking.", "Government of Delta State")]
    [InlineData("The Lagos State Government denied the report that the dam was leaking.", "Government of Lagos State")]
    public void A_states_government_is_the_states_own(string sentence, string government)
    {
        Assert.Equal(government, SpeakerName(Invented.Extract("state.txt", sentence)));
    }

    [Fact]
    public void Two_states_governments_stay_two()
    {
        var doc = Invented.Extract("state.txt", "The Delta State government denied the report on Monday. The Lagos State Government said the pier was closed.");
        Assert.Equal(["Government of Delta State", "Government of Lagos State"],
            doc.Statements.Select(s => doc.Entities.Single(e => e.Id == s.SpeakerId).Name).Order().ToArray());
    }

    [Fact]
    public void A_state_police_force_keeps_its_name()
    {
        var doc = Invented.Extract("state.txt", "The Virginia State Police said the pier was closed on Monday.");
        Assert.Equal("Virginia State Police", SpeakerName(doc));
    }
}
