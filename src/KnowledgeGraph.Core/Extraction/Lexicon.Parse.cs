using System.Collections.Frozen;
using KnowledgeGraph.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Extraction;

/// <summary>Reading and validating lexicon YAML: every list present once, every entry folded and unique within its list.</summary>
public sealed partial class Lexicon
{
    // Lists of words; the verb and concept lists are maps (lemma or concept → words), the cue lists are ordered phrases.
    internal static readonly string[] WordLists =
    [
        "weakSpeechVerbs", "personNouns", "documentNouns", "institutionNouns", "companyNouns", "falsehoodWords", "lieOfPlace", "framingNouns", "determiners",
        "prepositions", "beForms", "subjectPronouns", "clauseBreaks", "topicPrepositions", "wordsBeforeVerb",
        "reportNouns", "figureNouns", "outletNameHeads", "anonymousSpeakers", "issuedWords", "possessiveClaimNouns", "denialNouns", "proxyNouns", "channelNouns", "programmeNouns", "titles", "personTitles", "institutionHeads", "corporateSuffixes", "firmSuffixes", "legalForms",
        "notNames", "nameParticles", "institutionIntroducers", "creditLabels", "outletNouns", "organisationClassNouns", "streetHeads", "kinNouns", "placeHeads", "placeModifiers", "deceptionVerbs", "shortWords", "weakTitles", "leadVerbs", "leadNouns", "memberNouns",
        "commonAcronyms", "postNominals", "institutionEndings", "compoundModifiers", "affiliationNouns", "broadcastWords", "buildingHeads", "employmentWords",
        "negations", "negationIntensifiers", "negatedAssessments", "disowningWords", "actObjects", "conditionWords", "introWords", "claimKeyStopWords", "tailMarkers", "boxMarkers", "navigationLines", "qaHeadings",
        "loremWords", "abbreviations", "disapprovalVerbs", "claimObjectVerbs", "appealVerbs", "verdictIntensifiers", "outletOnlyHeads",
        "genericCountryDomains", "platformHosts", "sportNouns", "portfolioWords", "maleNouns", "femaleNouns", "shopNouns", "courtesyTitles",
    ];

    private static readonly string[] MapLists = ["speechVerbs", "denialVerbs", "claimKeyConcepts", "roleKin", "stateAbbreviations"];

    private static readonly string[] PhraseLists = ["interviewCues", "relayCues", "linkPrefixes"];

    /// <summary>Parses lexicon YAML; <paramref name="sourceName"/> names the source in error messages.</summary>
    internal static Lexicon Parse(string yaml, string sourceName)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw Error(sourceName, ex.Start.Line, $"not valid YAML ({ex.Message})", ex);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw Error(sourceName, 1, "expected one mapping of list names to lists");
        }

        var sections = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in root.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            if (!WordLists.Contains(key) && !MapLists.Contains(key) && !PhraseLists.Contains(key))
            {
                throw Error(sourceName, keyNode.Start.Line, $"unknown list '{key}'");
            }

            if (!sections.TryAdd(key, value))
            {
                throw Error(sourceName, keyNode.Start.Line, $"the list '{key}' is given twice");
            }
        }

        foreach (var name in WordLists.Concat(MapLists).Concat(PhraseLists))
        {
            if (!sections.ContainsKey(name))
            {
                throw Error(sourceName, root.Start.Line, $"the list '{name}' is missing (a lexicon file must hold every list of the default one)");
            }
        }

        var lists = new Dictionary<string, Text.WordSet>(StringComparer.Ordinal);
        foreach (var name in WordLists)
        {
            lists[name] = new Text.WordSet(Words(sourceName, name, sections[name], folded: true).Select(w => w.Word));
        }

        var verbs = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
        var lemmas = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (name, denial) in new[] { ("speechVerbs", false), ("denialVerbs", true) })
        {
            foreach (var (lemma, forms) in Map(sourceName, name, sections[name]))
            {
                lemmas.TryAdd(lemma, denial);
                foreach (var (form, line) in forms)
                {
                    if (!verbs.TryAdd(form, (lemma, denial)))
                    {
                        throw Error(sourceName, line, $"the verb form '{form}' is listed twice (in {name} or an earlier verb list)");
                    }
                }
            }
        }

        var concepts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (concept, words) in Map(sourceName, "claimKeyConcepts", sections["claimKeyConcepts"]))
        {
            foreach (var (word, line) in words)
            {
                if (!concepts.TryAdd(word, concept))
                {
                    throw Error(sourceName, line, $"the word '{word}' is given two concepts in claimKeyConcepts");
                }
            }
        }

        var roleKin = Map(sourceName, "roleKin", sections["roleKin"])
            .ToFrozenDictionary(m => m.Key, m => m.Words.Select(w => w.Word).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);

        var states = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, forms) in Map(sourceName, "stateAbbreviations", sections["stateAbbreviations"]))
        {
            foreach (var (form, line) in forms)
            {
                if (!states.TryAdd(form, code))
                {
                    throw Error(sourceName, line, $"the abbreviation '{form}' is given to two states in stateAbbreviations");
                }
            }
        }

        var cues = new List<(string, string, bool)>();
        foreach (var (name, interview) in new[] { ("interviewCues", true), ("relayCues", false) })
        {
            foreach (var (phrase, line) in Words(sourceName, name, sections[name], folded: true))
            {
                var parts = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length is < 1 or > 2)
                {
                    throw Error(sourceName, line, $"a cue in {name} is one word, or two (the cue and the word that must follow it): '{phrase}'");
                }

                cues.Add((parts[0], parts.Length > 1 ? parts[1] : "", interview));
            }
        }

        var prefixes = Words(sourceName, "linkPrefixes", sections["linkPrefixes"], folded: true).Select(w => w.Word).ToList();
        // A lemma whose base form is not among its forms ("claim", "report", "note") is a verb only where nothing else fits.
        var bare = lemmas.Where(l => !verbs.ContainsKey(l.Key) && !l.Key.Contains(' ')).ToFrozenDictionary(l => l.Key, l => (l.Key, l.Value), StringComparer.Ordinal);
        return new Lexicon(lists, verbs.ToFrozenDictionary(StringComparer.Ordinal), concepts.ToFrozenDictionary(StringComparer.Ordinal), roleKin, prefixes, cues)
        {
            StateAbbreviations = states.ToFrozenDictionary(StringComparer.Ordinal),
            NounlikeBaseForms = bare,
        };
    }

    private static List<(string Word, long Line)> Words(string source, string list, YamlNode node, bool folded)
    {
        if (node is not YamlSequenceNode sequence)
        {
            throw Error(source, node.Start.Line, $"'{list}' must be a list of words, e.g. {list}: [a, b]");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<(string, long)>();
        foreach (var item in sequence.Children)
        {
            var word = Scalar(source, list, item);
            if (folded && (TextFold.Fold(word) != word || (word.Trim() != word && list != "linkPrefixes")))
            {
                throw Error(source, item.Start.Line, $"'{word}' in {list} is not folded: write '{TextFold.Fold(word).Trim()}' (lower case, no accents), as words are compared after folding");
            }

            if (!seen.Add(word))
            {
                throw Error(source, item.Start.Line, $"'{word}' is listed twice in {list}");
            }

            words.Add((word, item.Start.Line));
        }

        return words;
    }

    private static IEnumerable<(string Key, List<(string Word, long Line)> Words)> Map(string source, string list, YamlNode node)
    {
        if (node is not YamlMappingNode mapping)
        {
            throw Error(source, node.Start.Line, $"'{list}' must map a lemma or concept to its words, e.g. say: [said, says]");
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = Scalar(source, list, keyNode);
            if (!keys.Add(key))
            {
                throw Error(source, keyNode.Start.Line, $"'{key}' is given twice in {list}");
            }

            yield return (key, Words(source, $"{list}.{key}", value, folded: true));
        }
    }

    private static string Scalar(string source, string list, YamlNode node) =>
        node is YamlScalarNode { Value: { Length: > 0 } value }
            ? value
            : throw Error(source, node.Start.Line, $"an entry of {list} must be a non-empty word");

    private static InvalidDataException Error(string source, long line, string reason, Exception? inner = null) =>
        new($"{char.ToUpperInvariant(source[0])}{source[1..]}, line {line}: {reason}.", inner);
}
