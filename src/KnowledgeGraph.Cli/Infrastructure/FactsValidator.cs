using System.Globalization;
using KnowledgeGraph.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>Checks what JSON deserialisation cannot: ids, references and offsets, naming the field at fault.</summary>
internal static class FactsValidator
{
    /// <summary>Throws <see cref="FactsFormatException"/> naming <paramref name="where"/> (e.g. <c>f.json: documents[3]</c>) and the field at fault.</summary>
    public static void Validate(ExtractedDocument document, string where)
    {
        if (document.Source is null || string.IsNullOrWhiteSpace(document.Source.Id))
        {
            throw new FactsFormatException($"{where}.source.id is empty");
        }

        // Dates are compared as text in both stores ('2026-02-01' <= '2026-02-15'), which orders only ISO dates.
        if (!string.IsNullOrWhiteSpace(document.Source.PublishedAt)
            && !DateOnly.TryParseExact(document.Source.PublishedAt, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw new FactsFormatException($"{where}.source.publishedAt \"{document.Source.PublishedAt}\" is not a date written yyyy-MM-dd");
        }

        var ids = (document.Entities ?? []).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var statements = document.Statements ?? [];
        for (var s = 0; s < statements.Count; s++)
        {
            var statement = statements[s];
            var at = $"{where}.statements[{s}]";
            if (!ids.Contains(statement.SpeakerId))
            {
                throw new FactsFormatException($"{at}.speakerId \"{statement.SpeakerId}\" is not among the document's entities");
            }

            if (statement.Start < 0 || statement.End < statement.Start)
            {
                throw new FactsFormatException($"{at}: start {statement.Start} and end {statement.End} do not make a span");
            }

            if (string.IsNullOrWhiteSpace(statement.ClaimId) || string.IsNullOrWhiteSpace(statement.Claim))
            {
                throw new FactsFormatException($"{at}.claimId and .claim must not be empty");
            }

            // A rule is optional (hand-written facts have none), but an empty one names nothing.
            if (statement.Rule is not null && string.IsNullOrWhiteSpace(statement.Rule))
            {
                throw new FactsFormatException($"{at}.rule is empty: name the extraction rule, or write null (or leave it out) for a hand-written statement");
            }

            foreach (var id in statement.ReportedBy.Concat(statement.About).Where(id => !ids.Contains(id)))
            {
                throw new FactsFormatException($"{at} refers to \"{id}\", which is not among the document's entities");
            }
        }
    }
}
