using System.Globalization;
using KnowledgeGraph.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>Checks what JSON deserialisation cannot: ids, references and offsets, naming the field at fault.</summary>
internal static class FactsValidator
{
    public static void Validate(FactsFile facts, string file)
    {
        for (var d = 0; d < facts.Documents.Count; d++)
        {
            var document = facts.Documents[d];
            var where = $"{file}: documents[{d}]";
            if (string.IsNullOrWhiteSpace(document.Source.Id))
            {
                throw new FactsFormatException($"{where}.source.id is empty");
            }

            // Dates are compared as text in both stores ('2026-02-01' <= '2026-02-15'), which only orders ISO dates.
            if (!string.IsNullOrWhiteSpace(document.Source.PublishedAt)
                && !DateOnly.TryParseExact(document.Source.PublishedAt.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                throw new FactsFormatException($"{where}.source.publishedAt \"{document.Source.PublishedAt}\" is not a date written yyyy-MM-dd");
            }

            var ids = document.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            for (var s = 0; s < document.Statements.Count; s++)
            {
                var statement = document.Statements[s];
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

                foreach (var id in statement.ReportedBy.Concat(statement.About).Where(id => !ids.Contains(id)))
                {
                    throw new FactsFormatException($"{at} refers to \"{id}\", which is not among the document's entities");
                }
            }
        }
    }
}
