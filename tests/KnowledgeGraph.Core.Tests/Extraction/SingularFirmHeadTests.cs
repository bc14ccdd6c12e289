using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Zarvex Airline", "Quintar Motor": the singular of an airline's or a carmaker's last word ends an organisation's name
/// as the plural does ("Zarvex Airlines"), so the firm speaks. Invented sentences.
/// </summary>
public sealed class SingularFirmHeadTests
{
    [Theory]
    [InlineData("Zarvex Airline has refuted new claims by rival carriers that its bookings fell.", "Zarvex Airline")]
    [InlineData("Quintar Motor has denied a report that it will close its plant.", "Quintar Motor")]
    [InlineData("Zarvex Airlines has refuted new claims by rival carriers that its bookings fell.", "Zarvex Airlines")]
    public void The_firm_named_with_the_word_speaks(string sentence, string firm)
    {
        var doc = Invented.Extract("firm.txt", "Bookings row\n\n" + sentence);
        var speaker = doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId);
        Assert.Equal((EntityKind.Institution, firm), (speaker.Kind, speaker.Name));
    }
}
