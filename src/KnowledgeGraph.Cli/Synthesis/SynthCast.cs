using KnowledgeGraph.Extraction;
using YamlDotNet.Serialization;

namespace KnowledgeGraph.Cli.Synthesis;

/// <summary>
/// Who appears in the synthetic news: the people, countries and news outlets of the built-in entity registry, and
/// made-up people and companies from <see cref="SynthWords"/> (so that most speakers are unknown to the registry, as in
/// real news).
/// </summary>
internal sealed class SynthCast
{
    private SynthCast(IReadOnlyList<SynthPerson> people, IReadOnlyList<SynthCountry> countries, IReadOnlyList<string> outlets)
    {
        KnownPeople = people;
        Countries = countries;
        Outlets = outlets;
    }

    public IReadOnlyList<SynthPerson> KnownPeople { get; }

    public IReadOnlyList<SynthCountry> Countries { get; }

    public IReadOnlyList<string> Outlets { get; }

    public static SynthCast FromRegistry()
    {
        using var stream = typeof(ArticleExtractor).Assembly.GetManifestResourceStream("KnowledgeGraph.Data.registry.yaml")
            ?? throw new InvalidOperationException("The built-in registry is missing from KnowledgeGraph.Core.");
        using var reader = new StreamReader(stream);
        var sections = new DeserializerBuilder().Build().Deserialize<Dictionary<string, List<Dictionary<string, object>>>>(reader);
        var people = sections["people"]
            .Where(p => p.ContainsKey("role"))
            .Select(p => new SynthPerson((string)p["name"], (string)p["role"]))
            .ToList();
        var countries = sections["countries"]
            .Where(c => c.ContainsKey("demonyms") && c.ContainsKey("capital"))
            .Select(c => new SynthCountry((string)c["name"], (string)((List<object>)c["demonyms"])[0], (string)c["capital"]))
            .ToList();
        var outlets = sections["institutions"]
            .Where(i => i.TryGetValue("type", out var type) && type is "outlet" or "agency-news")
            .Select(i => (string)i["name"])
            .ToList();
        return new SynthCast(people, countries, outlets);
    }

    /// <summary>A made-up person with an office, e.g. ("Ana Lobato", "Finance Minister").</summary>
    public static SynthPerson MadeUpPerson(SynthRandom random) =>
        new($"{random.Pick(SynthWords.FirstNames)} {random.Pick(SynthWords.Surnames)}", random.Pick(SynthWords.Offices)) { MadeUp = true };

    /// <summary>A made-up company, e.g. "Okafor Logistics".</summary>
    public static string MadeUpCompany(SynthRandom random) => $"{random.Pick(SynthWords.Surnames)} {random.Pick(SynthWords.CompanySuffixes)}";
}

/// <summary>A speaker: full name and office.</summary>
internal sealed record SynthPerson(string Name, string Role)
{
    /// <summary>True for invented people (their office is a common noun), false for the registry's.</summary>
    public bool MadeUp { get; init; }

    /// <summary>The name for a second mention ("Lobato").</summary>
    public string Surname => Name[(Name.LastIndexOf(' ') + 1)..];
}

/// <summary>A country with its demonym and capital.</summary>
internal sealed record SynthCountry(string Name, string Demonym, string Capital);
