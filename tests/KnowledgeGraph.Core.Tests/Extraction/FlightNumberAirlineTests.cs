using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "on Delta flight 613" … "Delta told reporters …": a one-word speaker the name lists would make a person is an airline
/// when the article numbers its flight, and "the airline" later is that airline; a person named before a flight number
/// with a full name stays a person. Invented sentences.
/// </summary>
public sealed class FlightNumberAirlineTests
{
    [Fact]
    public void A_name_whose_flight_is_numbered_is_an_airline()
    {
        var doc = Invented.Extract("flight.txt", "Actor leaves plane\n\nThe actress was on Delta flight 613 when she left her seat.\n\n" +
            "Delta told reporters on Wednesday that a flight attendant had asked her to move the dog.\n\nThe airline also said the crew followed the rules.");
        var airline = Assert.Single(doc.Entities, e => e.Name == "Delta");
        Assert.Equal(EntityKind.Institution, airline.Kind);
        doc.Require(airline.Id, Stance.Said, "followed the rules");
    }

    [Fact]
    public void Without_a_flight_number_the_name_lists_decide()
    {
        var doc = Invented.Extract("flight.txt", "Singer speaks\n\nDelta told reporters on Wednesday that her new album was finished.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Delta" && e.Kind == EntityKind.Institution);
    }
}
