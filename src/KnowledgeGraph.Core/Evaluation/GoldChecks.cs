namespace KnowledgeGraph.Evaluation;

/// <summary>
/// The consistency checks of the dev set's validator (../shared/dev/README.md, "Checks"), reported as notes: a gold
/// claim whose evidence is not in the text, or that names an entity the file does not list, cannot be matched as meant.
/// </summary>
internal static class GoldChecks
{
    public static IEnumerable<string> Check(GoldFile gold, string text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in gold.Entities)
        {
            if (!names.Add(e.Name))
            {
                yield return $"{gold.File}.gold.json: the entity \"{e.Name}\" is listed twice.";
            }
        }

        for (var i = 0; i < gold.Claims.Count; i++)
        {
            var c = gold.Claims[i];
            foreach (var ev in c.AltEvidence.Prepend(c.Evidence))
            {
                if (!text.Contains(ev, StringComparison.Ordinal))
                {
                    yield return $"{gold.File}.gold.json: claims[{i}]: the evidence \"{ev}\" is not in the text.";
                }
            }

            foreach (var n in c.ReportedBy.Concat(c.About).Prepend(c.Speaker))
            {
                if (!names.Contains(n))
                {
                    yield return $"{gold.File}.gold.json: claims[{i}]: \"{n}\" is not one of the file's entities.";
                }
            }
        }
    }
}
