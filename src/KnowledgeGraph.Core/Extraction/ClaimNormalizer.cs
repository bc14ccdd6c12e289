using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Turns a proposition into a positive, normalised claim and a stable id. The text is folded (lower case, no
/// accents or punctuation), negation removed, names replaced by their entity ("Havana", "the Cuban government" →
/// cuba), and "it"/"we" replaced by the speaker's country. The id hashes a key of canonical content words (stems,
/// synonyms, no function words), so wording and tense variations of one proposition share one claim.
/// </summary>
internal sealed partial class ClaimNormalizer(ArticleAnalysis analysis)
{
    private readonly ArticleAnalysis _a = analysis;

    public (string Claim, string ClaimId, int KeyWords) Normalize(Paragraph p, Proposition prop, string speakerId)
    {
        var display = new List<string>();
        var key = new SortedSet<string>(StringComparer.Ordinal);
        var speaker = _a.Entities[speakerId];
        var speakerCountry = speaker.CountryPlaceId is { } c ? _a.Registry.Get(c) : null;
        if (prop.SubjectFirst >= 0 && prop.SubjectEnd > prop.SubjectFirst)
        {
            AddRange(p, prop.SubjectFirst, prop.SubjectEnd, speaker, speakerCountry, display, key);
            display.Add("is");
        }

        AddRange(p, prop.First, prop.End, speaker, speakerCountry, display, key);
        if (key.Contains("threat"))
        {
            key.Remove("security"); // "a threat to the security of X" is "a threat to X"
            key.Remove("national");
        }

        if (key.Contains("negotiate") && speakerCountry is not null)
        {
            key.Add(Canonical(speakerCountry.Id).Slug); // talks always include the speaker's side
        }

        var claim = string.Join(' ', display);
        var keyText = key.Count > 0 ? string.Join(' ', key) : claim;
        return (claim, "claim:" + TextFold.ShortHash(keyText), key.Count);
    }

    private void AddRange(Paragraph p, int first, int end, ArticleEntity speaker, RegistryEntry? speakerCountry, List<string> display, SortedSet<string> key)
    {
        var t = p.Tokens;
        for (var k = first; k < end; k++)
        {
            if (p.MentionAt[k] >= 0)
            {
                var m = p.Mentions[p.MentionAt[k]];
                var (name, slug) = Canonical(m.EntityId);
                display.Add(name);
                key.Add(slug);
                k = Math.Max(k, m.End - 1);
                continue;
            }

            var tok = t[k];
            if (!tok.IsWord)
            {
                continue;
            }

            var w = tok.Norm;
            if (IsNegation(w, out var positive))
            {
                if (positive is not null)
                {
                    display.Add(positive);
                }
                else if (display.Count > 0 && display[^1] is "do" or "does" or "did")
                {
                    display.RemoveAt(display.Count - 1); // "does not pose" → "pose"
                }

                continue;
            }

            var selfRef = SelfReference(p, k, speaker);
            if (selfRef && speakerCountry is not null)
            {
                var (name, slug) = Canonical(speakerCountry.Id);
                display.Add(name);
                key.Add(slug);
                continue;
            }

            if (_a.Registry.CountryOfDemonym(w) is { } place)
            {
                display.Add(w);
                key.Add(Canonical(place).Slug);
                continue;
            }

            display.Add(w);
            if (KeyWord(w) is { } kw)
            {
                key.Add(kw);
            }
        }
    }

    private readonly Dictionary<string, (string, string)> _canonical = new(StringComparer.Ordinal);

    private (string Name, string Slug) Canonical(string entityId)
    {
        if (_canonical.TryGetValue(entityId, out var cached))
        {
            return cached;
        }

        var result = CanonicalUncached(entityId);
        _canonical[entityId] = result;
        return result;
    }

    private (string Name, string Slug) CanonicalUncached(string entityId)
    {
        var e = _a.Entities.TryGetValue(entityId, out var ae) ? ae : _a.Ensure(entityId);
        if (e.Kind != EntityKind.Person && e.CountryPlaceId is { } placeId && e.Type is "government" or "capital" or "foreign-ministry" or "country" &&
            _a.Registry.Get(placeId) is { } country)
        {
            return (TextFold.Fold(country.Name), Slug(country.Name));
        }

        return (TextFold.Fold(e.Name), Slug(e.Name));
    }

    private static string Slug(string name) => TextFold.Slug(name);

    /// <summary>"it", "its", "we", "our", "his country": the speaker's own country in the speaker's claim.</summary>
    private static bool SelfReference(Paragraph p, int k, ArticleEntity speaker)
    {
        var w = p.Tokens[k].Norm;
        var person = speaker.Kind == EntityKind.Person;
        if (w is "we" or "our" or "ours" or "ourselves" || (w == "us" && !p.Tokens[k].AllCaps))
        {
            return true;
        }

        if (!person && w is "it" or "its" or "itself" or "they" or "their" or "them")
        {
            return true;
        }

        return w == "country" && k > 0 && p.Tokens[k - 1].Norm is "his" or "her" or "our" or "its" or "the";
    }

    private static bool IsNegation(string w, out string? positive)
    {
        positive = null;
        switch (w)
        {
            case "not" or "never" or "no" or "nor" or "neither":
                return true;
            case "cannot":
                positive = "can";
                return true;
        }

        if (w.EndsWith("n't", StringComparison.Ordinal))
        {
            positive = w switch
            {
                "won't" => "will",
                "can't" => "can",
                "shan't" => "shall",
                "don't" or "doesn't" or "didn't" => null,
                _ => w[..^3],
            };
            return true;
        }

        return false;
    }
}
