using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// A government is also called by the name the article gives its country ("Türkiye has rejected …" makes "Government of
/// Türkiye" an alias of the registry's "Government of Turkey"); abbreviations make none ("Government of U.S."). Invented
/// sentences. A ministry written with its country and its head word ("The US Treasury Department") is the registry's,
/// under that name. A country whose name opens with a title word ("Saint Lucia") is a country.
/// </summary>
public sealed class GovernmentAliasTests
{
    [Fact]
    public void The_countrys_written_name_names_its_government()
    {
        var doc = Invented.Extract("alias.txt", "Harbour talks\n\nTürkiye has rejected reports that the harbour deal was signed in secret.");
        var government = Assert.Single(doc.Entities, e => e.Id == "institution:government-of-turkey");
        Assert.Contains("Government of Türkiye", government.Aliases);
        doc.Require(government.Id, Stance.Denied, "harbour deal");
    }

    [Theory]
    [InlineData("The U.S. has rejected reports that the harbour deal was signed in secret.", "Government of the United States")]
    [InlineData("The Philippines has rejected reports that the harbour deal was signed in secret.", "Government of the Philippines")]
    [InlineData("Honduras has rejected reports that the harbour deal was signed in secret.", "Government of Honduras")]
    [InlineData("Belarus has rejected reports that the harbour deal was signed in secret.", "Government of Belarus")]
    public void A_government_is_named_with_the_article_english_gives_its_country(string sentence, string name)
    {
        var doc = Invented.Extract("alias.txt", "Harbour talks\n\n" + sentence);
        var government = Assert.Single(doc.Entities, e => e.Id.StartsWith("institution:government-of-", StringComparison.Ordinal));
        Assert.Equal(name, government.Name);
    }

    [Fact]
    public void An_embassy_of_a_country_ending_in_s_takes_no_article()
    {
        var doc = Invented.Extract("alias.txt", "Harbour talks\n\nThe Honduran embassy in Tarsk said the harbour deal was not signed in secret.");
        Assert.Contains(doc.Entities, e => e.Name.StartsWith("Embassy of Honduras", StringComparison.Ordinal));
    }

    [Fact]
    public void An_abbreviation_names_no_government()
    {
        var doc = Invented.Extract("alias.txt", "Harbour talks\n\nThe U.S. has rejected reports that the harbour deal was signed in secret.");
        var government = Assert.Single(doc.Entities, e => e.Id == "institution:government-of-united-states");
        Assert.DoesNotContain(government.Aliases, a => a.Contains("U.S.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ministry_written_with_its_country_and_head_word_is_the_registrys()
    {
        var doc = Invented.Extract("alias.txt", "Harbour talks\n\nThe US Treasury Department stated that it would license the harbour's fuel sales.");
        var treasury = Assert.Single(doc.Entities, e => e.Name == "U.S. Department of the Treasury");
        Assert.Contains("US Treasury Department", treasury.Aliases);
        Assert.Contains(doc.Statements, x => x.SpeakerId == treasury.Id);
    }

    [Fact]
    public void A_country_whose_name_opens_with_a_title_word_speaks_as_its_government()
    {
        var doc = Invented.Extract("alias.txt", "Harbour talks\n\nSaint Lucia said the harbour blockade was cruel and unlawful.");
        Assert.Contains(doc.Entities, e => e.Name == "Saint Lucia" && e.Kind == EntityKind.Place);
        Assert.Contains(doc.Statements, x => x.SpeakerId == "institution:government-of-saint-lucia");
    }
}
