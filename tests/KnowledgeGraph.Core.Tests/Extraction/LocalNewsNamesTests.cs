using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Constructions of local news: "Residents of Agric, Ijede and Igbogbo told …" (where residents live are places, not
/// organisations that speak), "The command's spokesperson, SP Benjamin Hundeyin, said …" (a rank's letters between the
/// comma and the name), "the Nigeria Security and Civil Defence Corps said …" (a corps heads an organisation's name).
/// Invented sentences.
/// </summary>
public sealed class LocalNewsNamesTests
{
    [Theory]
    [InlineData("Residents of Okavu, Ijede and Igbogbo told the paper that armed men were seen.")]
    [InlineData("Some villagers in Ijede and Igbogbo said armed men were seen.")]
    public void Where_residents_live_are_places(string sentence)
    {
        var doc = Invented.Extract("residents.txt", "Attack denied\n\n" + sentence);
        Assert.Contains(doc.Entities, e => e.Name == "Ijede" && e.Kind == EntityKind.Place);
        Assert.Contains(doc.Entities, e => e.Name == "Igbogbo" && e.Kind == EntityKind.Place);
        Assert.DoesNotContain(doc.Statements, s => doc.Entities.Single(e => e.Id == s.SpeakerId).Kind == EntityKind.Place);
    }

    [Theory]
    [InlineData("The authority said no deaths were reported in Wayanad district.", "Wayanad")]
    [InlineData("Residents said the bridge in Kuttanad village had collapsed.", "Kuttanad")]
    public void A_place_noun_after_unknown_words_names_a_place(string sentence, string place)
    {
        var doc = Invented.Extract("district.txt", "Flood row\n\n" + sentence);
        Assert.Contains(doc.Entities, e => e.Name == place && e.Kind == EntityKind.Place);
    }

    [Theory]
    [InlineData("Tom Hale said an Islamic state would be declared in the hills.", "Islamic")]
    [InlineData("Tom Hale said the English county had no flood defences.", "English")]
    public void An_adjective_before_a_place_noun_names_no_place(string sentence, string word)
    {
        var doc = Invented.Extract("district.txt", "Flood row\n\n" + sentence);
        Assert.DoesNotContain(doc.Entities, e => e.Name == word);
    }

    [Fact]
    public void A_ranks_letters_stand_before_the_apposed_name()
    {
        var doc = Invented.Extract("rank.txt", "Kidnapping denied\n\nThe Harbour State Police Command has dismissed reports that pupils were kidnapped.\n\n" +
            "The command's spokesperson, SP Benjamin Okoro, said the viral video was from an unrelated incident.");
        var s = Assert.Single(doc.Statements, x => x.Evidence.Contains("viral video", StringComparison.Ordinal));
        Assert.Equal("Benjamin Okoro", doc.Entities.Single(e => e.Id == s.SpeakerId).Name);
    }

    [Fact]
    public void A_corps_heads_a_name()
    {
        var doc = Invented.Extract("corps.txt", "Schools guarded\n\nMeanwhile, the Harbour Security and Civil Defence Corps said it had deployed officers to the schools.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal("Harbour Security and Civil Defence Corps", doc.Entities.Single(e => e.Id == s.SpeakerId).Name);
    }

    [Theory]
    [InlineData("Okavu Reporters said it stood by its story.", "Okavu Reporters", EntityKind.Institution)]
    [InlineData("Tyra Banks said she stood by her story.", "Tyra Banks", EntityKind.Person)]
    [InlineData("Greg Hands said he stood by his story.", "Greg Hands", EntityKind.Person)]
    public void A_plural_of_people_ends_no_persons_name(string sentence, string name, EntityKind kind)
    {
        var doc = Invented.Extract("plural.txt", "Story row\n\n" + sentence);
        Assert.Contains(doc.Entities, e => e.Name == name && e.Kind == kind);
    }
}
