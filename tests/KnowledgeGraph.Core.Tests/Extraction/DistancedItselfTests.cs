using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "has distanced itself from the allegations", "has dissociated itself from a newspaper report": disowning what is imputed
/// to the speaker denies it, what follows "from" being what is denied; without the reflexive and "from" ("distanced the
/// runners from the crowd") nothing is said. Invented sentences.
/// </summary>
public sealed class DistancedItselfTests
{
    private const string Lead = "University answers report\n\n";

    [Theory]
    [InlineData("Northgate University has dissociated itself from a newspaper report which involves a student.", "Northgate University", "A newspaper report which involves a student")]
    [InlineData("Harbour Power Company has distanced itself from the allegations raised by a councillor.", "Harbour Power Company", "The allegations raised by a councillor")]
    public void Disowning_a_report_denies_it(string sentence, string speaker, string claim)
    {
        var doc = Invented.Extract("distance.txt", Lead + sentence);
        var s = Assert.Single(doc.Statements);
        Assert.Equal((Stance.Denied, speaker, claim), (s.Stance, doc.Entities.Single(e => e.Id == s.SpeakerId).Name, s.Claim));
    }

    [Fact]
    public void Distancing_others_says_nothing()
    {
        var doc = Invented.Extract("distance.txt", Lead + "Head coach Ana Ferreira distanced the runners from the crowd before the race.");
        Assert.Empty(doc.Statements);
    }
}
