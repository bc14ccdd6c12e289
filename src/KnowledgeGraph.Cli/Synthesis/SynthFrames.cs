namespace KnowledgeGraph.Cli.Synthesis;

/// <summary>
/// The sentences of synthetic news: ways of saying and denying a claim (quote before or after the speaker, reported
/// speech, "according to", denials of several kinds), background sentences with no speaker, and page boilerplate.
/// </summary>
internal static class SynthFrames
{
    /// <summary>One sentence in which <paramref name="speaker"/> says or denies <paramref name="claim"/>.</summary>
    public static string Statement(SynthRandom r, SynthPerson speaker, bool first, string claim, bool denied, string outlet, (string Open, string Close) q)
    {
        var who = first ? Introduce(r, speaker) : speaker.Surname;
        var quoted = Capitalise(claim);
        var day = r.Pick(SynthWords.Weekdays);
        if (denied)
        {
            return r.Below(8) switch
            {
                0 => $"{who} denied that {claim}.",
                1 => $"{who} denied reports that {claim}.",
                2 => $"{q.Open}It is not true that {claim},{q.Close} {who} said.",
                3 => $"{who} rejected claims that {claim}, calling them {q.Open}{r.Pick(SynthWords.Adjectives)}{q.Close}.",
                4 => $"{who} dismissed suggestions that {claim}.",
                5 => $"{who} flatly denied on {day} that {claim}.",
                6 => $"{who} told {outlet} that it was false that {claim}.",
                _ => $"{q.Open}We deny that {claim},{q.Close} {who} said in a statement.",
            };
        }

        return r.Below(10) switch
        {
            0 => $"{who} said that {claim}.",
            1 => $"{q.Open}{quoted},{q.Close} {who} said.",
            2 => first ? $"{q.Open}{quoted},{q.Close} said {speaker.Name}, the {Lower(speaker)}." : $"{q.Open}{quoted},{q.Close} said {who}.",
            3 => $"According to {who.TrimEnd(',')}, {claim}.",
            4 => $"{who} told reporters on {day} that {claim}.",
            5 => $"{who} said in a statement that {claim}.",
            6 => $"In an interview with {outlet}, {who} said {claim}.",
            7 => $"{who} said: {q.Open}{quoted}.{q.Close}",
            8 => $"{who} confirmed that {claim}.",
            _ => $"{q.Open}We can confirm that {claim},{q.Close} {who} told {outlet}.",
        };
    }

    /// <summary>A sentence of background, with nobody speaking.</summary>
    public static string Background(SynthRandom r, SynthCast cast)
    {
        var country = r.Pick(cast.Countries);
        var other = r.Pick(cast.Countries);
        var topic = r.Pick(SynthWords.Topics);
        var month = r.Pick(SynthWords.Months);
        var n = r.Between(2, 95);
        return r.Below(24) switch
        {
            0 => $"The dispute over {topic} has dragged on since {month} last year.",
            1 => $"{country.Name} has faced {r.Pick(SynthWords.Nouns)} for most of the year, and few expect a change before {month}.",
            2 => $"Prices of {r.Pick(SynthWords.Goods)} rose {n} percent in {month}, official figures show.",
            3 => $"Trading in {SynthCast.MadeUpCompany(r)} shares was suspended for {n} minutes on {r.Pick(SynthWords.Weekdays)}.",
            4 => $"The talks are expected to resume in {country.Capital} later this month.",
            5 => $"Neither side has published the full text of {topic}.",
            6 => $"More than {n * 10} people gathered outside the ministry in {country.Capital} on {r.Pick(SynthWords.Weekdays)}.",
            7 => "The figures could not be independently verified.",
            8 => $"The {country.Demonym} economy grew {n / 10.0:0.0} percent last year, its slowest pace in a decade.",
            9 => $"Officials in {country.Capital} did not respond to requests for comment.",
            10 => $"{Capitalise(topic)} was first proposed in {1990 + n % 35} and has been revised several times since.",
            11 => $"Relations between {country.Name} and {other.Name} have been strained since the collapse of {topic}.",
            12 => $"Opposition parties have called for an inquiry into {topic}.",
            13 => $"{SynthCast.MadeUpCompany(r)} employs about {n * 100} people in {country.Name}.",
            14 => $"A decision is expected by the end of {month}.",
            15 => $"The government has not explained how it would pay for {topic}.",
            16 => $"Heavy rain disrupted traffic in {country.Capital} for a second day on {r.Pick(SynthWords.Weekdays)}.",
            17 => "The agreement would need the approval of parliament, where the ruling coalition holds a slim majority.",
            18 => $"Shares in {SynthCast.MadeUpCompany(r)} fell {n / 10.0:0.0} percent in early trading.",
            19 => $"It was not immediately clear when {topic} would take effect.",
            20 => $"Several embassies in {country.Capital} have advised their citizens to avoid the city centre.",
            21 => $"The central bank left its benchmark interest rate unchanged at {n / 4.0:0.00} percent.",
            22 => $"The {country.Demonym} parliament is due to debate {topic} next week.",
            _ => $"Queues formed outside petrol stations in several {country.Demonym} cities as {r.Pick(SynthWords.Nouns)} spread.",
        };
    }

    /// <summary>A line of page furniture that is not news.</summary>
    public static string Boilerplate(SynthRandom r, string publisher) => r.Below(7) switch
    {
        0 => "Advertisement",
        1 => "Share this article",
        2 => "Sign up for our morning newsletter",
        3 => $"© 2026 {publisher}. All rights reserved.",
        4 => "Follow us on social media for the latest updates",
        5 => "This story has been updated.",
        _ => "Read more:",
    };

    private static string Introduce(SynthRandom r, SynthPerson speaker) => r.Below(3) switch
    {
        0 => $"{speaker.Role} {speaker.Name}",
        1 => $"{speaker.Name}, the {Lower(speaker)},",
        _ => speaker.Name,
    };

    public static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>An office after "the": made-up ones in lower case ("the finance minister"), registry titles as written.</summary>
    private static string Lower(SynthPerson speaker) => speaker.MadeUp ? speaker.Role.ToLowerInvariant() : speaker.Role;
}
