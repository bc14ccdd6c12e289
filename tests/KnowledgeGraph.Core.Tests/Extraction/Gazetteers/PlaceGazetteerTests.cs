using KnowledgeGraph.Extraction.Entities.Gazetteers;
using static KnowledgeGraph.Core.Tests.Extraction.Gazetteers.GazetteerText;

namespace KnowledgeGraph.Core.Tests.Extraction.Gazetteers;

public sealed class PlaceGazetteerTests
{
    private static readonly Gazetteer G = Gazetteer.Default;

    private static TrieMatch<Place> MatchAt(string text, string word)
    {
        var tokens = Tokens(text);
        return G.MatchPlace(tokens, IndexOf(tokens, text, word), tokens.Count);
    }

    [Fact]
    public void Oshkosh_is_a_city_in_Wisconsin()
    {
        var match = MatchAt("Police in Oshkosh, Wis., said on Monday", "Oshkosh");

        Assert.Equal(1, match.Length);
        Assert.Equal(PlaceKind.City, match.Best.Kind);
        Assert.Equal("US", match.Best.CountryCode);
        Assert.Equal("US-WI", match.Best.SubdivisionCode);
        Assert.True(match.Best.Population > 50_000);
        // The smaller Oshkosh in Nebraska is below the population cut and is not in the data.
        Assert.DoesNotContain(match.Items, p => p.SubdivisionCode == "US-NE");
    }

    [Fact]
    public void The_longest_place_name_wins()
    {
        var match = MatchAt("He flew to Santiago de Cuba on Friday", "Santiago");

        Assert.Equal(3, match.Length);
        Assert.All(match.Items, p => Assert.Equal("CU", p.CountryCode));
        // The province comes before the city of the same name; both are offered.
        Assert.Equal(["CU-13", "CU-13"], match.Items.Select(p => p.SubdivisionCode));
        Assert.Equal([PlaceKind.Subdivision, PlaceKind.City], match.Items.Select(p => p.Kind));
    }

    [Fact]
    public void A_name_several_places_share_lists_countries_first_then_subdivisions_then_cities()
    {
        var match = MatchAt("Officials in Georgia said", "Georgia");

        Assert.Equal(PlaceKind.Country, match.Items[0].Kind);
        Assert.Equal("GE", match.Items[0].CountryCode);
        Assert.Contains(match.Items, p => p.Kind == PlaceKind.Subdivision && p.SubdivisionCode == "US-GA");
    }

    [Fact]
    public void Countries_are_found_by_their_other_names()
    {
        Assert.Equal("MM", MatchAt("the junta in Burma", "Burma").Best.CountryCode);
        Assert.Equal("TR", MatchAt("exports from Türkiye grew", "Türkiye").Best.CountryCode);
        Assert.Equal("TR", MatchAt("exports from Turkiye grew", "Turkiye").Best.CountryCode);
        Assert.Equal("CD", MatchAt("troops in the Democratic Republic of the Congo", "Democratic").Best.CountryCode);
        // The display name is the registry's, so a found country gets the registry's id (place:russia).
        Assert.Equal("Russia", G.Places.Country("RU")!.Name);
    }

    [Fact]
    public void Subdivisions_carry_their_English_and_local_names()
    {
        Assert.Equal("DE-BY", MatchAt("elections in Bavaria", "Bavaria").Best.SubdivisionCode);
        Assert.Equal("DE-BY", MatchAt("Wahlen in Bayern", "Bayern").Best.SubdivisionCode);
    }

    [Fact]
    public void A_lower_case_word_is_not_a_place_and_common_words_are_flagged()
    {
        Assert.True(MatchAt("he kept reading the report", "reading").IsEmpty);
        var reading = MatchAt("a court in Reading heard", "Reading");
        Assert.Contains(reading.Items, p => p.Kind == PlaceKind.City && p.CountryCode == "GB" && p.Flags.HasFlag(PlaceFlags.CommonWord));
        Assert.False(MatchAt("Police in Oshkosh said", "Oshkosh").Best.Flags.HasFlag(PlaceFlags.CommonWord));
    }

    [Fact]
    public void Words_that_name_no_place_match_nothing()
    {
        Assert.True(MatchAt("Fenerbahçe denied the report", "Fenerbahçe").IsEmpty);
        Assert.True(MatchAt("a spokesperson for the club said", "spokesperson").IsEmpty);
    }

    [Fact]
    public void Capitals_are_flagged()
    {
        var havana = MatchAt("officials in Havana said", "Havana");
        Assert.Equal("CU", havana.Best.CountryCode);
        Assert.True(havana.Best.Flags.HasFlag(PlaceFlags.Capital));
    }

    [Theory]
    [InlineData("cuban", "CU")]
    [InlineData("cubans", "CU")]
    [InlineData("american", "US")]
    [InlineData("swiss", "CH")]
    [InlineData("filipino", "PH")]
    [InlineData("beninese", "BJ")]
    public void Demonyms_name_their_country(string folded, string code) =>
        Assert.Equal(code, G.CountryOfDemonym(folded)?.CountryCode);

    [Theory]
    [InlineData("ministry")]
    [InlineData("fenerbahce")]
    [InlineData("reuters")]
    public void Words_that_are_no_demonym_or_name_two_countries_give_no_country(string folded) =>
        Assert.Null(G.CountryOfDemonym(folded));
}
