using KnowledgeGraph.Extraction.Entities.Gazetteers;
using static KnowledgeGraph.Core.Tests.Extraction.Gazetteers.GazetteerText;

namespace KnowledgeGraph.Core.Tests.Extraction.Gazetteers;

/// <summary>Loading from a folder, and refusing bad files with the file, the line and the reason (issue 9, "Bad input").</summary>
public sealed class GazetteerFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kg-gazetteer-").FullName;

    public GazetteerFileTests()
    {
        Write("places.tsv", """
            # a comment
            kind	name	country	subdivision	population	flags	aliases
            country	Freedonia	FD		0		Republic of Freedonia
            subdivision	North March	FD	FD-NM	0		
            city	Fredville	FD	FD-NM	120000	c	
            """);
        Write("demonyms.tsv", "demonym\tcountry\tsource\nFreedonian\tFD\ttest\n");
        Write("names.tsv", "name\tkind\tsex\tflags\nRufus\tgiven\tm\t\nFirefly\tsurname\t\t\n");
        Write("wordnet.tsv", "name\tkinds\tclass\tflags\nRufus T. Firefly\tPerson\tstatesman\t\n");
        Write("words.tsv", "word\nfree\nfeed\nnews\nharbour\nbay\n");
        Write("outlets.yaml", """
            outlets:
              - { name: Freedonia Gazette, aliases: [Gazette], domains: [gazette.fd], credits: [FG], country: FD, type: newspaper }
              - { id: fpa, name: Freedonian Press Agency, aliases: [FPA], domains: [fpa.fd], credits: [FPA], type: news-agency }
            """);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_folder_with_valid_files_loads_every_lookup()
    {
        var g = Gazetteer.Load(_dir);

        var text = "Rufus told the Freedonia Gazette in Fredville";
        var tokens = Tokens(text);
        Assert.True(g.IsGivenName("rufus"));
        Assert.True(g.IsSurname("firefly"));
        Assert.Equal("FD", g.CountryOfDemonym("freedonians")?.CountryCode);
        Assert.Equal(PlaceKind.City, g.MatchPlace(tokens, IndexOf(tokens, text, "Fredville"), tokens.Count).Best.Kind);
        Assert.Equal("institution:freedonia-gazette", g.MatchOutlet(tokens, IndexOf(tokens, text, "Freedonia"), tokens.Count).Best.Id);
        Assert.Equal("institution:fpa", g.OutletOfHost("https://www.fpa.fd/x")?.Id);
        Assert.Equal("institution:fpa", g.Outlets.FindCredit("FREDVILLE (FPA) - The leader")?.Outlet.Id);
        var firefly = Tokens("Rufus T. Firefly");
        Assert.Equal(NameKinds.Person, g.KindOfSpan(firefly, 0, firefly.Count));
    }

    [Fact]
    public void A_duplicate_place_is_refused_with_its_line()
    {
        Append("places.tsv", "city\tFredville\tFD\tFD-NM\t5\t\t\n");
        var ex = Refused("places.tsv");
        Assert.Equal(6, ex.Line);
        Assert.Contains("duplicate entry", ex.Reason, StringComparison.Ordinal);
        Assert.Contains("line 5", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_column_is_refused_with_the_header_line()
    {
        Write("names.tsv", "name\tkind\tsex\tnickname\nRufus\tgiven\tm\t\n");
        var ex = Refused("names.tsv");
        Assert.Equal(1, ex.Line);
        Assert.Contains("unknown column 'nickname'", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_a_missing_field_is_refused()
    {
        Append("places.tsv", "city\tLittle Town\tFD\tFD-NM\t100\n");
        var ex = Refused("places.tsv");
        Assert.Equal(6, ex.Line);
        Assert.Contains("expected 7 tab-separated fields", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_a_bad_value_is_refused()
    {
        Write("names.tsv", "name\tkind\tsex\tflags\nRufus\tnickname\tm\t\n");
        var ex = Refused("names.tsv");
        Assert.Equal(2, ex.Line);
        Assert.Contains("unknown kind 'nickname'", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_demonym_of_an_unknown_country_is_refused()
    {
        Append("demonyms.tsv", "Sylvanian\tSY\ttest\n");
        var ex = Refused("demonyms.tsv");
        Assert.Equal(3, ex.Line);
        Assert.Contains("'SY'", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yaml_syntax_error_is_refused_with_its_line()
    {
        Append("outlets.yaml", "  - { name: Broken, aliases: [unclosed, type: newspaper }\n");
        Assert.Equal(4, Refused("outlets.yaml").Line);
    }

    [Fact]
    public void An_unknown_outlet_key_is_refused_with_its_line()
    {
        Append("outlets.yaml", "  - name: Sylvania Times\n    type: newspaper\n    website: times.sy\n");
        var ex = Refused("outlets.yaml");
        Assert.Equal(6, ex.Line);
        Assert.Contains("unknown key 'website'", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_domain_or_credit_of_two_outlets_is_refused()
    {
        Append("outlets.yaml", "  - { name: The Other Gazette, aliases: [Gazette], type: newspaper }\n");
        var alias = Refused("outlets.yaml");
        Assert.Equal(4, alias.Line);
        Assert.Contains("already belongs to Freedonia Gazette (line 2)", alias.Reason, StringComparison.Ordinal);

        Write("outlets.yaml", "outlets:\n  - { name: A, domains: [a.fd], type: digital }\n  - { name: B, domains: [A.FD], type: digital }\n");
        Assert.Contains("the domain 'a.fd'", Refused("outlets.yaml").Reason, StringComparison.Ordinal);

        Write("outlets.yaml", "outlets:\n  - { name: A, credits: [X], type: digital }\n  - { name: B, credits: [X], type: digital }\n");
        Assert.Equal(3, Refused("outlets.yaml").Line);
    }

    [Fact]
    public void A_key_given_twice_in_one_outlet_is_refused()
    {
        Write("outlets.yaml", "outlets:\n  - { name: A, type: digital, name: B }\n");
        var ex = Refused("outlets.yaml");
        Assert.Equal(2, ex.Line);
        Assert.Contains("Duplicate key", ex.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_bad_type_country_or_id_is_refused()
    {
        Write("outlets.yaml", "outlets:\n  - { name: A, type: blog }\n");
        Assert.Contains("unknown type 'blog'", Refused("outlets.yaml").Reason, StringComparison.Ordinal);
        Write("outlets.yaml", "outlets:\n  - { name: A, type: digital, country: XX }\n");
        Assert.Contains("'XX'", Refused("outlets.yaml").Reason, StringComparison.Ordinal);
        Write("outlets.yaml", "outlets:\n  - { id: Not A Slug, name: A, type: digital }\n");
        Assert.Contains("not a slug", Refused("outlets.yaml").Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("harbourfeed", "harbour feed")]
    [InlineData("freedoniafeed", "freedonia feed")]
    [InlineData("fgnews", "fg news")]
    [InlineData("harbourfeednews", "harbour feed news")]
    [InlineData("theharbourfeed", "the harbour feed")] // "the" opening the name
    [InlineData("harbourtvnews", "harbour tv news")] // two consonants before an outlet's word: an abbreviation
    [InlineData("harboursfeed", "harbours feed")] // a plural of a known word
    [InlineData("freeindependent", "free independent")] // an outlet's word longer than the list's ten letters
    [InlineData("newsfree", "news free")] // an outlet's word wins a tie ("news|now", not "new|snow")
    [InlineData("northmarchfeed", "northmarch feed")] // a place of two words written as one
    public void A_host_label_splits_into_words_places_and_names(string label, string words) =>
        Assert.Equal(words, string.Join(' ', Gazetteer.Load(_dir).WordsOfHostLabel(label) ?? ["(none)"]));

    [Fact]
    public void A_place_of_several_words_written_as_one_is_known_with_its_spaces()
    {
        var places = Gazetteer.Load(_dir).Places;
        Assert.Equal("North March", places.NameOfJoined("northmarch"));
        Assert.Null(places.NameOfJoined("fredville")); // one word already
    }

    [Theory]
    [InlineData("harbour")] // one word
    [InlineData("freefghnews")] // three letters that are no word
    [InlineData("freexyfeed")] // letters that are no word in the middle
    [InlineData("fgbay")] // two parts: the word beside the unknown letters is too short to trust
    [InlineData("Harbourfeed")] // not lower case
    [InlineData("harbourtvfeed")] // two consonants before a plain word: no abbreviation, letters that are no word
    [InlineData("xharbourfeed")] // a lone letter is a misreading
    public void A_host_label_that_is_no_run_of_words_does_not_split(string label) =>
        Assert.Null(Gazetteer.Load(_dir).WordsOfHostLabel(label));

    [Fact]
    public void A_word_of_capitals_is_refused_with_its_line()
    {
        Append("words.tsv", "Feed\n");
        var ex = Refused("words.tsv");
        Assert.Equal(7, ex.Line);
        Assert.Contains("'Feed'", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        File.Delete(Path.Combine(_dir, "wordnet.tsv"));
        var ex = Refused("wordnet.tsv");
        Assert.Equal(0, ex.Line);
    }

    [Fact]
    public async Task The_shipped_files_load_once_and_are_shared()
    {
        var loaded = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Gazetteer.Default, TestContext.Current.CancellationToken)));
        Assert.All(loaded, g => Assert.Same(Gazetteer.Default, g));
        Assert.True(Gazetteer.Default.Places.CityCount > 20_000);
        Assert.True(Gazetteer.Default.Places.SubdivisionCount > 5_000);
        Assert.Equal(249, Gazetteer.Default.Places.CountryCount);
    }

    private GazetteerDataException Refused(string file)
    {
        var ex = Assert.Throws<GazetteerDataException>(() => Gazetteer.Load(_dir));
        Assert.Equal(Path.Combine(_dir, file), ex.File);
        Assert.Contains(Path.Combine(_dir, file), ex.Message, StringComparison.Ordinal);
        return ex;
    }

    private void Write(string file, string text) => File.WriteAllText(Path.Combine(_dir, file), text.Replace("\r\n", "\n", StringComparison.Ordinal) + (text.EndsWith('\n') ? "" : "\n"));

    private void Append(string file, string text) => File.AppendAllText(Path.Combine(_dir, file), text);
}
