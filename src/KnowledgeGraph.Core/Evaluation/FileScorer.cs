using KnowledgeGraph.Model;

namespace KnowledgeGraph.Evaluation;

/// <summary>The body of score.py's loop over gold files: one article's entities, publisher and statements.</summary>
internal static class FileScorer
{
    private const double MinOverlap = 0.3;
    private const double MinJaccard = 0.5;

    public static FileScore Score(GoldFile gold, PythonText text, ExtractedDocument? doc, Dictionary<string, (int Produced, int Correct)> rules)
    {
        // eents = {e["id"]: e}: one entry per id, the last entity with that id wins.
        var eents = new Dictionary<string, ExtractedEntity>(StringComparer.Ordinal);
        foreach (var e in doc?.Entities ?? [])
        {
            eents[e.Id] = e;
        }

        var extractedNames = eents.ToDictionary(e => e.Key, e => ScoreRules.NamesOf(e.Value.Name, e.Value.Aliases), StringComparer.Ordinal);
        var gents = new Dictionary<string, GoldEntity>(StringComparer.Ordinal);
        foreach (var ge in gold.Entities)
        {
            gents[ge.Name] = ge;
        }

        var goldNames = gold.Entities.Select(ge => ScoreRules.NamesOf(ge.Name, ge.Aliases)).ToList();
        var c = new EvaluationCounts { Files = 1, FilesMissing = doc is null ? 1 : 0 };

        // Entities: a gold entity is found by an extracted one of the same kind sharing a name; precision counts
        // extracted entities that share a name with any gold entity, whatever its kind.
        c = c with
        {
            EntitiesGold = gold.Entities.Count,
            EntitiesHit = gold.Entities.Where((ge, i) => eents.Any(e => e.Value.Kind.ToString() == ge.Kind && ScoreRules.NamesMatch(goldNames[i], extractedNames[e.Key]))).Count(),
            EntitiesExtracted = eents.Count,
            EntitiesExtractedCorrect = eents.Keys.Count(id => goldNames.Any(gn => ScoreRules.NamesMatch(extractedNames[id], gn))),
        };

        // Publisher: the extracted outlet names the gold publisher, or the other way round, or they share a word.
        var gp = ScoreRules.Norm(gold.Publisher);
        var ep = ScoreRules.Norm(doc?.Source.Publisher);
        if (gp.Length > 0)
        {
            var shared = gp.Split(' ').Intersect(ep.Split(' '), StringComparer.Ordinal).Except(["the", "news", ""], StringComparer.Ordinal);
            var ok = ep.Length > 0 && (ep.Contains(gp, StringComparison.Ordinal) || gp.Contains(ep, StringComparison.Ordinal) || shared.Any());
            c = c with { PublisherGold = 1, PublisherCorrect = ok ? 1 : 0 };
        }

        // Statements.
        var tokens = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> TokensOf(string s) => tokens.TryGetValue(s, out var t) ? t : tokens[s] = ScoreRules.Tokens(s);
        HashSet<string> NamesById(string id) =>
            extractedNames.TryGetValue(id, out var n) ? n : ScoreRules.NamesOf(id, null); // score.py: eents.get(x, {"name": x})
        HashSet<string> NamesOfGold(string name) =>
            gents.TryGetValue(name, out var ge) ? ScoreRules.NamesOf(ge.Name, ge.Aliases) : ScoreRules.NamesOf(name, null);

        var claims = gold.Claims.Select(gc => new ClaimState(
            gc,
            [.. new[] { gc.Evidence }.Concat(gc.AltEvidence).SelectMany(ev => ScoreRules.Spans(text, ev).Select(sp => (sp, ev)))],
            NamesOfGold(gc.Speaker))).ToList();
        var spurious = new List<string>();
        var correct = 0;
        foreach (var s in doc?.Statements ?? [])
        {
            var stance = s.Stance == Stance.Denied ? "denied" : "said";
            var evidence = s.Evidence;
            var evidenceTokens = TokensOf(evidence);

            // A statement's speaker is looked up by id; one the document does not list has no names (speakerName is not in the contract).
            var speakerNames = extractedNames.TryGetValue(s.SpeakerId, out var sn) ? sn : [];
            var good = false;
            foreach (var gc in claims)
            {
                var near = gc.Spans.Any(x => ScoreRules.Overlap((s.Start, s.End), x.Span) >= MinOverlap || ScoreRules.Jaccard(evidenceTokens, TokensOf(x.Evidence)) >= MinJaccard);
                if (!near)
                {
                    continue;
                }

                gc.Found = true;
                if (stance == gc.Claim.Stance && ScoreRules.NamesMatch(speakerNames, gc.SpeakerNames))
                {
                    gc.Hit = true;
                    good = true;
                    var want = gc.Claim.ReportedBy.Select(NamesOfGold).ToList();
                    var got = s.ReportedBy.Select(NamesById).ToList();
                    if (want.Count > 0 && want.All(w => got.Any(h => ScoreRules.NamesMatch(w, h))))
                    {
                        gc.ReporterOk = true;
                    }
                }
            }

            correct += good ? 1 : 0;
            var rule = s.Rule ?? GoldEvaluator.NoRule;
            var tally = rules.GetValueOrDefault(rule);
            rules[rule] = (tally.Produced + 1, tally.Correct + (good ? 1 : 0));
            if (!good)
            {
                var who = eents.TryGetValue(s.SpeakerId, out var e) ? e.Name : s.SpeakerId;
                spurious.Add($"{who} {stance} \"{evidence}\" [{rule}]");
            }
        }

        c = c with
        {
            Extracted = doc?.Statements.Count ?? 0,
            ExtractedCorrect = correct,
            Gold = claims.Count,
            GoldHit = claims.Count(gc => gc.Hit),
            GoldFound = claims.Count(gc => gc.Found),
            DeniedGold = claims.Count(gc => gc.Claim.Stance == "denied"),
            DeniedHit = claims.Count(gc => gc.Hit && gc.Claim.Stance == "denied"),
            ReporterGold = claims.Count(gc => gc.Hit && gc.Claim.ReportedBy.Count > 0),
            ReporterCorrect = claims.Count(gc => gc.ReporterOk),
        };
        var missed = claims.Where(gc => !gc.Hit).Select(gc =>
            $"{gc.Claim.Speaker} {gc.Claim.Stance} \"{gc.Claim.Evidence}\"{(gc.Found ? " (found, but with another speaker or stance)" : "")}").ToList();
        return new FileScore(gold.File, c, missed, spurious);
    }

    private sealed class ClaimState(GoldClaim claim, List<((int Start, int End) Span, string Evidence)> spans, HashSet<string> speakerNames)
    {
        public GoldClaim Claim { get; } = claim;

        public List<((int Start, int End) Span, string Evidence)> Spans { get; } = spans;

        public HashSet<string> SpeakerNames { get; } = speakerNames;

        public bool Found { get; set; }

        public bool Hit { get; set; }

        public bool ReporterOk { get; set; }
    }
}
