namespace KnowledgeGraph.Cli.Synthesis;

/// <summary>
/// The claims the synthetic corpus is about: a fixed pool drawn from the seed, each a proposition such as "the Cuban
/// government will raise fuel prices by 12 percent in May". Articles pick claims with a Zipf-like skew, so a few claims
/// recur in thousands of articles (said by some speakers, denied by others: contested and corroborated at scale) and
/// most in only a handful.
/// </summary>
internal sealed class SynthClaims
{
    private readonly string[] _claims;
    private readonly double[] _cumulative;

    public SynthClaims(SynthCast cast, long seed, int count)
    {
        var random = SynthRandom.For(seed, -1, stream: 7);
        _claims = new string[count];
        _cumulative = new double[count];
        var total = 0.0;
        for (var i = 0; i < count; i++)
        {
            _claims[i] = Make(cast, random);
            total += 1.0 / Math.Pow(i + 1, 0.9);
            _cumulative[i] = total;
        }

        for (var i = 0; i < count; i++)
        {
            _cumulative[i] /= total;
        }
    }

    public int Count => _claims.Length;

    /// <summary>A claim, popular ones more often.</summary>
    public string Pick(SynthRandom random)
    {
        var at = Array.BinarySearch(_cumulative, random.Unit());
        return _claims[Math.Min(at < 0 ? ~at : at, _claims.Length - 1)];
    }

    private static string Make(SynthCast cast, SynthRandom random)
    {
        var country = random.Pick(cast.Countries);
        var other = random.Pick(cast.Countries);
        var government = $"the {country.Demonym} government";
        var company = SynthCast.MadeUpCompany(random);
        var month = random.Pick(SynthWords.Months);
        var n = random.Between(2, 95);
        return random.Below(16) switch
        {
            0 => $"{government} will raise {random.Pick(SynthWords.Goods)} prices by {n} percent in {month}",
            1 => $"{company} plans to cut {n * 100} jobs at its {country.Capital} plant",
            2 => $"{government} has held secret talks with {other.Name} on {random.Pick(SynthWords.Topics)}",
            3 => $"{government} is preparing new sanctions against {other.Name}",
            4 => $"{country.Name} will close its border with {other.Name} in {month}",
            5 => $"{company} has agreed to buy {n} aircraft from {SynthCast.MadeUpCompany(random)}",
            6 => $"{company} misled investors about {random.Pick(SynthWords.Topics)}",
            7 => $"{company} paid {n} million dollars to officials in {country.Capital}",
            8 => $"{country.Name} will hold early elections in {month}",
            9 => $"{government} is negotiating a prisoner exchange with {other.Name}",
            10 => $"the port of {country.Capital} will reopen in {month}",
            11 => $"{government} has stopped oil shipments to {other.Name}",
            12 => $"{company} is in merger talks with {SynthCast.MadeUpCompany(random)}",
            13 => $"{country.Name} asked {other.Name} for an emergency loan of {n} billion dollars",
            14 => $"{government} will suspend {random.Pick(SynthWords.Topics)} until {month}",
            _ => $"{company} hid {random.Pick(SynthWords.Nouns)} from regulators in {country.Name}",
        };
    }
}
