using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// A country's or a state's police force named by the place ("Kenya police", "Kenya's police", "New South Wales state
/// police") is an organisation that speaks, not the country's government and not the place; "Police" opening a sentence
/// is the police, not a town of that name. Invented sentences.
/// </summary>
public sealed class CountryPoliceTests
{
    [Theory]
    [InlineData("Kenya police on Thursday denied involvement in the abductions.", "Kenya police")]
    [InlineData("Kenya's police on Thursday denied involvement in the abductions.", "Kenya police")]
    [InlineData("In a statement, New South Wales state police said the man had been questioned.", "New South Wales state police")]
    [InlineData("Uganda national police said the man had been questioned.", "Uganda national police")]
    [InlineData("The Ghana Police Force has debunked a viral report that the station was closed.", "Ghana Police Force")]
    [InlineData("The Harbour Defence Force said the exercise would go ahead.", "Harbour Defence Force")]
    public void A_police_or_defence_force_speaks(string sentence, string force)
    {
        var doc = Invented.Extract("police.txt", "Abductions\n\n" + sentence);
        var speaker = doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId);
        Assert.Equal((EntityKind.Institution, force), (speaker.Kind, speaker.Name));
    }

    [Theory]
    [InlineData("The president said, speaking to reporters aboard Air Force One, that the harbour talks went well.")]
    [InlineData("The president said, speaking aboard Harbour Force One, that the harbour talks went well.")]
    public void A_numbered_aircraft_is_no_force(string sentence)
    {
        var doc = Invented.Extract("police.txt", "Abductions\n\n" + sentence);
        Assert.DoesNotContain(doc.Entities, e => e.Name.EndsWith("Force", StringComparison.Ordinal));
    }

    [Fact]
    public void The_country_itself_stays_its_government_where_it_speaks()
    {
        var doc = Invented.Extract("police.txt", "Abductions\n\nKenya denied involvement in the abductions. Kenya police said the man had been questioned.");
        Assert.Contains(doc.Statements, s => s.Stance == Stance.Denied && doc.Entities.Single(e => e.Id == s.SpeakerId).Name == "Government of Kenya");
        Assert.Contains(doc.Statements, s => s.Stance == Stance.Said && doc.Entities.Single(e => e.Id == s.SpeakerId).Name == "Kenya police");
    }

    [Fact]
    public void Police_opening_a_quoted_sentence_is_no_towns_club()
    {
        var doc = Invented.Extract("police.txt",
            "Abductions\n\nIn a statement, Harbour County police said: \"Police have commenced inquiries, and there will be no further comment.\"");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Police");
    }

    [Fact]
    public void The_story_stays_set_in_the_country_of_its_police()
    {
        var doc = Invented.Extract("police.txt", "Abductions\n\nTwo Kenya police officers were arrested, the government said on Monday.");
        Assert.Equal("Government of Kenya", doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId).Name);
    }
}
