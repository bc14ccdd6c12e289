using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

/// <summary>
/// A digest of everything a store writes for one document: its source (content hash included), entities and
/// statements. Stores keep it on the article; a document whose fingerprint equals the stored one is unchanged and
/// writes nothing, any other document of a stored article replaces what that article held. The content hash alone
/// would not do: a reviewer's corrected facts, or a newer extraction of the same text, keep the hash of the text.
/// </summary>
public static class DocumentFingerprint
{
    private const char Field = '\u001F';
    private const char Record = '\u001E';
    private const char Null = '\u0000';

    /// <summary>The fingerprint: 32 lower-case hex digits.</summary>
    /// <param name="document">The document as given to the store.</param>
    /// <returns>The fingerprint.</returns>
    public static string Of(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder(1024);
        var source = document.Source;
        Add(text, source.Id, source.File, source.Title, source.Publisher, source.Url, source.PublishedAt, source.Author, source.ContentHash);
        foreach (var entity in document.Entities ?? [])
        {
            text.Append(Record);
            Add(text, entity.Id, entity.Kind.ToString(), entity.Name, entity.Role, entity.Country);
            AddList(text, entity.Aliases);
            foreach (var membership in entity.Memberships ?? [])
            {
                Add(text, membership.Relation, membership.InstitutionId, membership.Role);
            }
        }

        foreach (var statement in document.Statements ?? [])
        {
            text.Append(Record);
            Add(text, statement.SpeakerId, statement.Stance.ToString(), statement.ClaimId, statement.Claim, statement.Evidence,
                statement.Start.ToString(CultureInfo.InvariantCulture), statement.End.ToString(CultureInfo.InvariantCulture), statement.Rule);
            AddList(text, statement.ReportedBy);
            AddList(text, statement.About);
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        return Convert.ToHexStringLower(SHA256.HashData(bytes), 0, 16);
    }

    private static void Add(StringBuilder text, params ReadOnlySpan<string?> values)
    {
        foreach (var value in values)
        {
            if (value is null)
            {
                text.Append(Null);
            }
            else
            {
                text.Append(value);
            }

            text.Append(Field);
        }
    }

    private static void AddList(StringBuilder text, IReadOnlyList<string>? values)
    {
        text.Append('[');
        foreach (var value in values ?? [])
        {
            text.Append(value).Append(Field);
        }

        text.Append(']');
    }
}
