using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Entities.Gazetteers;
using static KnowledgeGraph.Core.Tests.Extraction.Gazetteers.GazetteerText;

namespace KnowledgeGraph.Core.Tests.Extraction.Gazetteers;

public sealed class OutletTableTests
{
    private static readonly OutletTable Outlets = Gazetteer.Default.Outlets;

    [Theory]
    [InlineData("reuters.com", "Reuters")]
    [InlineData("www.reuters.com", "Reuters")]
    [InlineData("edition.cnn.com", "CNN")]
    [InlineData("https://edition.cnn.com/2026/02/03/americas/cuba-talks/index.html", "CNN")]
    [InlineData("https://apnews.com/article/cuba-us-talks-0123?utm_source=x", "Associated Press")]
    [InlineData("http://www.bbc.co.uk/news/world", "BBC")]
    [InlineData("HTTPS://WWW.REUTERS.COM:443/world/", "Reuters")]
    [InlineData("https://uk.news.yahoo.com/boris-johnson-news-live.html", "Yahoo News")]
    [InlineData("https://oglobo.globo.com/mundo/", "O Globo")]
    [InlineData("https://g1.globo.com/mundo/", "g1")]
    [InlineData("https://economictimes.indiatimes.com/news/x", "The Economic Times")]
    [InlineData("https://timesofindia.indiatimes.com/india/x", "The Times of India")]
    public void An_outlet_is_found_by_its_host_and_subdomains(string url, string outlet) =>
        Assert.Equal(outlet, Outlets.OfHost(url)?.Name);

    [Theory]
    [InlineData("notreuters.com")]
    [InlineData("reuters.com.example.org")]
    [InlineData("https://example.com/reuters.com")]
    [InlineData("localhost")]
    [InlineData("")]
    public void Hosts_that_merely_contain_a_domain_match_nothing(string url) => Assert.Null(Outlets.OfHost(url));

    [Theory]
    [InlineData("HAVANA (AP) — Cuba's government said on Monday", "Associated Press", 7)]
    [InlineData("LONDON, Feb 24 (Reuters) - GlaxoSmithKline fired off a rebuttal", "Reuters", 15)]
    [InlineData("NEW DELHI (PTI) The government on Friday", "Press Trust of India", 10)]
    [InlineData("Brasilia (AFP) - Brazil's former president", "Agence France-Presse", 9)]
    [InlineData("The minister denied the report. — AFP", "Agence France-Presse", 32)]
    [InlineData("(With AFP)", "Agence France-Presse", 0)]
    [InlineData("WASHINGTON (REUTERS) - The State Department", "Reuters", 11)]
    [InlineData("Reuters", "Reuters", 0)]
    [InlineData("(CNN) — The White House said", "CNN", 0)]
    public void Wire_credits_are_found_with_their_position(string line, string outlet, int start)
    {
        var credit = Outlets.FindCredit(line);
        Assert.NotNull(credit);
        Assert.Equal(outlet, credit.Value.Outlet.Name);
        Assert.Equal(start, credit.Value.Start);
    }

    [Theory]
    [InlineData("(AP Photo/Ramon Espinosa)")]
    [InlineData("Photo: YAMIL LAGE/AFP via Getty Images")]
    [InlineData("Fenerbahçe (Istanbul) denied the transfer report")]
    [InlineData("The well-known - and much-quoted - source said")]
    [InlineData("He spoke to reporters (and to Reuters reporters) on Monday")]
    public void Photo_credits_and_ordinary_brackets_are_no_wire_credit(string line) => Assert.Null(Outlets.FindCredit(line));

    [Fact]
    public void Outlets_are_found_by_name_and_alias_in_tokens()
    {
        var text = "Fernández de Cossío told The Associated Press and AP later confirmed it to Reuters";
        var tokens = Tokens(text);

        var full = Outlets.Match(tokens, IndexOf(tokens, text, "The"), tokens.Count);
        Assert.Equal(3, full.Length);
        Assert.Equal("institution:ap", full.Best.Id);
        Assert.Equal("institution:ap", Outlets.Match(tokens, IndexOf(tokens, text, "AP"), tokens.Count).Best.Id);
        Assert.Equal("institution:reuters", Outlets.Match(tokens, IndexOf(tokens, text, "Reuters"), tokens.Count).Best.Id);
        // An acronym needs capitals: "ap" in lower case is no outlet.
        var lower = Tokens("the ap style");
        Assert.True(Outlets.Match(lower, 1, lower.Count).IsEmpty);
    }

    [Fact]
    public void The_table_covers_the_agencies_and_outlets_the_issue_names()
    {
        string[] names = ["Associated Press", "Reuters", "Agence France-Presse", "EFE", "Press Trust of India", "Indo-Asian News Service",
            "Asian News International", "BBC", "CNN", "Al Jazeera", "The Guardian", "The New York Times", "The Wall Street Journal",
            "Bloomberg", "Axios", "Politico", "France 24", "Deutsche Welle", "Xinhua", "TASS", "Kyodo News", "Yonhap"];
        var known = Outlets.Outlets.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        Assert.All(names, n => Assert.Contains(n, known));
        Assert.True(Outlets.Count >= 200, $"{Outlets.Count} outlets");
        Assert.True(Outlets.Outlets.Select(o => o.CountryCode).Distinct().Count() >= 60);
    }

    [Fact]
    public void An_outlet_the_registry_also_knows_has_the_registry_id()
    {
        // One id per real-world outlet: the registry and the outlet table must not fork AP into two nodes.
        var registry = EntityRegistry.LoadDefault();
        var checkedNames = 0;
        foreach (var outlet in Outlets.Outlets)
        {
            foreach (var name in outlet.Aliases.Prepend(outlet.Name))
            {
                var tokens = Tokens(name);
                var (length, id) = registry.Aliases.Match(tokens, 0, tokens.Count);
                if (length == tokens.Count && id is not null && registry.Get(id)?.Type is "outlet" or "agency-news")
                {
                    Assert.True(id == outlet.Id, $"'{name}' is {outlet.Id} in outlets.yaml but {id} in registry.yaml");
                    checkedNames++;
                }
            }
        }

        Assert.True(checkedNames > 100, $"only {checkedNames} names shared with the registry");
        var registryOutlets = registry.Entries.Where(e => e.Type is "outlet" or "agency-news").Select(e => e.Id).ToList();
        Assert.All(registryOutlets, id => Assert.NotNull(Outlets.ById(id)));
    }
}
