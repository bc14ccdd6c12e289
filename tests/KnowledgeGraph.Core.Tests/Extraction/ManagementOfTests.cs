using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "The management of Ikorodu General Hospital has denied …", "the leadership of the party said …", "Management of
/// Quintbank has denied …", "The management said …": those who run an organisation speak as it, whatever its kind (a
/// hospital, a party, a bank); "Management of" opens no organisation's name. Invented sentences.
/// </summary>
public sealed class ManagementOfTests
{
    [Theory]
    [InlineData("The management of Okavu General Hospital has denied reports that five patients died.", "Okavu General Hospital")]
    [InlineData("The leadership of the Harbour Progressive Party has denied reports that five members died.", "Harbour Progressive Party")]
    [InlineData("Management of Quintbank has denied reports that five clerks died.", "Quintbank")]
    [InlineData("The Okavu General Hospital treats 500 patients a day.\n\nThe management has denied reports that five patients died.", "Okavu General Hospital")]
    public void Those_who_run_it_speak_as_the_organisation(string text, string name)
    {
        var doc = Invented.Extract("management.txt", "Deaths denied\n\n" + text);
        var s = Assert.Single(doc.Statements, x => x.Evidence.Contains("five", StringComparison.Ordinal));
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Equal(name, doc.Entities.Single(e => e.Id == s.SpeakerId).Name);
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("Management", StringComparison.Ordinal));
    }
}
