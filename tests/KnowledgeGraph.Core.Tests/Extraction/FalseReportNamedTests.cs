using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// A speaker who names what circulates as false denies it, without calling any one sentence false: "we are aware of
/// false information circulating", "concerned about the peddling of fake news about …", "fake news surfaced on social media
/// alleging that …", "one of the hoaxes claimed that …". Concern about anything else, and a report not called false, stay
/// said. Invented sentences.
/// </summary>
public sealed class FalseReportNamedTests
{
    [Theory]
    [InlineData("Anna Molefe said police were deeply concerned about the continued spreading of fake news about kidnappings in the area.", "deeply concerned", Stance.Denied)]
    [InlineData("Kent Police said: \"We are aware of speculation and false information circulating online about the incident.\"", "We are aware of speculation", Stance.Denied)]
    [InlineData("\"This follows an incident where fake news surfaced on social media alleging that a man had been kidnapped,\" Anna Molefe said.", "fake news surfaced", Stance.Denied)]
    [InlineData("Anna Molefe said one of the hoaxes claimed that the dam had cracked.", "one of the hoaxes", Stance.Denied)]
    [InlineData("Anna Molefe said the rumour warned residents that the bridge would collapse.", "the rumour warned", Stance.Denied)]
    [InlineData("Anna Molefe said she was concerned about the rising number of robberies in the city.", "rising number", Stance.Said)]
    [InlineData("Anna Molefe said police were aware of reports that a man was stabbed near the station.", "aware of reports", Stance.Said)]
    [InlineData("Anna Molefe said the report claimed that the mayor would resign.", "report claimed", Stance.Said)]
    public void Naming_what_circulates_as_false_denies_it(string sentence, string snippet, Stance stance)
    {
        var doc = Invented.Extract("false-report.txt", "Anna Molefe is a spokeswoman for Kent Police.\n\n" + sentence);
        var speaker = sentence.Contains("Kent Police said", StringComparison.Ordinal) ? "Kent Police" : "Anna Molefe";
        var entity = Assert.Single(doc.Entities, e => e.Name == speaker);
        doc.Require(entity.Id, stance, snippet);
        Assert.Null(doc.Find(entity.Id, stance == Stance.Denied ? Stance.Said : Stance.Denied, snippet));
    }
}
