using System.Text;

namespace KnowledgeGraph.Cli.Synthesis;

/// <summary>One synthetic article as a JSON Lines record: the text as published, and metadata for some of them.</summary>
internal sealed record SyntheticArticle(string Text, string? Title, string? Publisher, string? Url, string? PublishedAt);

/// <summary>
/// Writes one article: a house style (wire copy, a newspaper page, a live blog, a press release, a fact check), a main
/// claim that several speakers say or deny, other claims, background paragraphs and page furniture, 300–1,200 words.
/// </summary>
internal static class SyntheticArticleWriter
{
    private const int MaxWords = 1_200;

    public static SyntheticArticle Write(SynthRandom r, SynthCast cast, SynthClaims claims, long index)
    {
        // 300–1,200 words, mean about 600 (the minimum of two uniforms has mean 1/3).
        var targetWords = 300 + (int)(900 * Math.Min(r.Unit(), r.Unit()));
        var statementCount = 3 + Enumerable.Range(0, 6).Count(_ => r.Chance(1.0 / 3));
        var speakers = Enumerable.Range(0, r.Between(3, 5))
            .Select(_ => r.Chance(0.3) ? r.Pick(cast.KnownPeople) : SynthCast.MadeUpPerson(r))
            .DistinctBy(p => p.Name)
            .ToList();
        var outlet = cast.Outlets.Count > 0 && r.Chance(0.7) ? r.Pick(cast.Outlets) : $"The {r.Pick(cast.Countries).Capital} Herald";
        var country = r.Pick(cast.Countries);
        var day = r.Between(1, 28);
        var date = $"2026-03-{day:00}";
        var style = r.Below(6);
        var quotes = style is 0 or 1 ? ("\"", "\"") : ("\u201C", "\u201D");
        var main = claims.Pick(r);
        var headline = Headline(r, speakers[0], main);

        var body = new List<string>();
        var fillers = new List<int>();
        var words = 0;
        var introduced = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < statementCount; s++)
        {
            var speaker = speakers[s % speakers.Count];
            var claim = s < 2 || r.Chance(0.3) ? main : claims.Pick(r);
            var denied = s == 1 ? r.Chance(0.6) : r.Chance(0.25);
            var paragraph = SynthFrames.Statement(r, speaker, introduced.Add(speaker.Name), claim, denied, outlet, quotes);
            if (r.Chance(0.5))
            {
                paragraph += " " + SynthFrames.Background(r, cast);
            }

            body.Add(paragraph);
            words += Words(paragraph);
            // Background between statements, so that the words left are spread over the article.
            var remaining = statementCount - s - 1;
            while (words < targetWords - (remaining * 35) && (remaining == 0 || r.Chance(0.6)))
            {
                var filler = string.Join(' ', Enumerable.Range(0, r.Between(2, 4)).Select(_ => SynthFrames.Background(r, cast)));
                fillers.Add(body.Count);
                body.Add(filler);
                words += Words(filler);
                if (style == 2 && r.Chance(0.15))
                {
                    body.Add(SynthFrames.Boilerplate(r, outlet));
                }
            }
        }

        // Statements placed late can overshoot: background goes, last first, until the article with its frame fits 1,200 words.
        var text = Compose(r, cast, style, headline, body, outlet, country, day, speakers);
        for (var f = fillers.Count - 1; f >= 0 && Words(text) > MaxWords; f--)
        {
            body.RemoveAt(fillers[f]);
            text = Compose(r, cast, style, headline, body, outlet, country, day, speakers);
        }

        var withMetadata = r.Chance(0.5);
        return new SyntheticArticle(text,
            withMetadata ? headline : null,
            withMetadata ? outlet : null,
            r.Chance(0.8) ? $"https://news.example/{date.Replace('-', '/')}/story-{index}" : null,
            withMetadata ? date : null);
    }

    private static string Headline(SynthRandom r, SynthPerson speaker, string claim) => r.Below(4) switch
    {
        0 => $"{speaker.Surname} denies report that {claim}",
        1 => $"{SynthFrames.Capitalise(claim)}, says {speaker.Surname}",
        2 => $"'Fake news': {speaker.Surname} rejects claim that {claim}",
        _ => $"Officials split over whether {claim}",
    };

    private static string Compose(SynthRandom r, SynthCast cast, int style, string headline, List<string> body, string outlet, SynthCountry country, int day, List<SynthPerson> speakers)
    {
        var reporter = SynthCast.MadeUpPerson(r).Name;
        var city = country.Capital.ToUpperInvariant();
        var text = new StringBuilder();
        switch (style)
        {
            case 0:
                text.Append(headline).Append("\n\nBy ").Append(reporter).Append("\n\n").Append(city).Append(" (AP) \u2014 ");
                AppendBody(text, body);
                text.Append("\n\nAssociated Press writer ").Append(SynthCast.MadeUpPerson(r).Name).Append(" in ").Append(country.Capital).Append(" contributed to this report.\n");
                break;
            case 1:
                text.Append(city).Append(", March ").Append(day).Append(" (Reuters) - ");
                AppendBody(text, body);
                text.Append("\n\nReporting by ").Append(reporter).Append("; Editing by ").Append(SynthCast.MadeUpPerson(r).Name).Append('\n');
                break;
            case 2:
                text.Append(headline).Append('\n').Append(SynthFrames.Background(r, cast)).Append("\n\nBy ").Append(reporter)
                    .Append(" | Published March ").Append(day).Append(", 2026\n\n");
                AppendBody(text, body);
                text.Append("\n\nShare this article\n\nRead more: ").Append(Headline(r, r.Pick(speakers), "talks had resumed")).Append('\n');
                break;
            case 3:
                text.Append(headline).Append(" \u2013 live updates\n\nKey points\n");
                foreach (var line in body.Take(3))
                {
                    text.Append("\u2022 ").Append(line.Split(". ")[0].TrimEnd('.')).Append(".\n");
                }

                text.Append('\n');
                for (var i = 0; i < body.Count; i++)
                {
                    text.Append($"{9 + (i / 4):00}:{(i * 13) % 60:00} ").Append(body[i]).Append("\n\n");
                }

                break;
            case 4:
                text.Append("FOR IMMEDIATE RELEASE\n\n").Append(headline).Append("\n\n").Append(country.Capital).Append(", March ").Append(day).Append(", 2026 \u2014 ");
                AppendBody(text, body);
                text.Append("\n\nMedia contact: ").Append(reporter).Append('\n');
                break;
            default:
                text.Append("Fact check: ").Append(headline).Append("\n\nVerdict: Misleading\n\n");
                AppendBody(text, body);
                text.Append("\n\nThis fact check was produced by ").Append(outlet).Append(".\n");
                break;
        }

        return text.ToString();
    }

    private static void AppendBody(StringBuilder text, List<string> body)
    {
        for (var i = 0; i < body.Count; i++)
        {
            text.Append(body[i]);
            if (i < body.Count - 1)
            {
                text.Append("\n\n");
            }
        }
    }

    private static int Words(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = c is ' ' or '\n';
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }

        return words;
    }
}
