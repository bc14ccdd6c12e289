using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// A university named only by common words, a people's name first at most ("The American University in Cairo"), is known
/// by the place it is in; one with a name of its own ("Harvard University in Cambridge") is not. Invented sentences.
/// </summary>
public sealed class SeatNameTests
{
    [Theory]
    [InlineData("On Sunday, The American University in Cairo strongly refuted the claims about its students.", "American University in Cairo")]
    [InlineData("On Sunday, The Technical University in Nairobi strongly refuted the claims about its students.", "Technical University in Nairobi")]
    [InlineData("On Sunday, Harvard University in Cambridge strongly refuted the claims about its students.", "Harvard University")]
    public void A_university_of_common_words_is_named_with_its_seat(string sentence, string name)
    {
        var doc = Invented.Extract("seat.txt", "Universities\n\n" + sentence);
        var university = Assert.Single(doc.Entities, e => e.Kind == EntityKind.Institution && e.Name.Contains("University", StringComparison.Ordinal));
        Assert.Equal(name, university.Name);
        doc.Require(university.Id, Stance.Denied, "claims");
    }
}
