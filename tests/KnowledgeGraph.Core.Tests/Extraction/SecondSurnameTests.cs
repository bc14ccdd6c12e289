using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Mario Villanueva Madrid", "Governor Villanueva Madrid": a one-word place after a given name or a title and a surname
/// is the second surname of the Spanish and Portuguese custom, not the place (nor the government it stands for); "…
/// Springfield, Illinois" and a place after a comma and a capitalised word stay places. Invented sentences.
/// </summary>
public sealed class SecondSurnameTests
{
    [Theory]
    [InlineData("The harbour board accused Mario Quintero Madrid, governor of the province, of taking bribes.", "Mario Quintero Madrid")]
    [InlineData("The harbour board said Governor Quintero Madrid had taken bribes.", "Quintero Madrid")]
    public void A_place_after_a_given_name_and_a_surname_ends_the_name(string sentence, string person)
    {
        var doc = Invented.Extract("surname.txt", "Harbour row\n\n" + sentence);
        Assert.Contains(doc.Entities, e => e.Kind == EntityKind.Person && e.Name == person);
        Assert.DoesNotContain(doc.Entities, e => e.Name is "Madrid" or "Government of Spain");
    }

    [Fact]
    public void A_place_after_a_comma_and_a_capitalised_word_stays_a_place()
    {
        var doc = Invented.Extract("surname.txt", "Harbour row\n\nMario Quintero, Madrid, said the harbour would open in May.");
        Assert.Contains(doc.Entities, e => e.Kind == EntityKind.Place && e.Name == "Madrid");
    }
}
