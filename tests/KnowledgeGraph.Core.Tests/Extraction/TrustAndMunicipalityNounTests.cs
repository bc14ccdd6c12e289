using KnowledgeGraph.Core.Tests.Support;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "the trust said …", "The municipality says …", "the charity said …": nouns for an organisation that refer to the one the
/// article named, as "the council" or "the hospital" do; "the Okavu District Municipality" is itself a name ("municipality"
/// an organisation's head). Invented sentences.
/// </summary>
public sealed class TrustAndMunicipalityNounTests
{
    [Theory]
    [InlineData("The Harbour Valley Hospital Trust admitted that it had written to twelve families.\n\nOut of the forty cases reviewed, the trust said 23 showed no signs of poor care.", "Harbour Valley Hospital Trust", "showed no signs")]
    [InlineData("The Okavu District Municipality dismissed rumours of a cholera outbreak on Monday.\n\nThe municipality says the reports of cholera in the harbour are fake.", "Okavu District Municipality", "harbour")]
    public void The_noun_refers_to_the_named_body(string text, string name, string words)
    {
        var doc = Invented.Extract("noun.txt", "Body rejects claims\n\n" + text);
        var s = Assert.Single(doc.Statements, x => x.Evidence.Contains(words, StringComparison.Ordinal));
        Assert.Equal(name, doc.Entities.Single(e => e.Id == s.SpeakerId).Name);
    }
}
