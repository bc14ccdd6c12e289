using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

/// <summary>
/// The one statement id every store gives a statement: a hash of the port's merge key (speaker, stance, claim,
/// article, start offset), so the same statement loaded twice is one relationship, and a statement keeps its id
/// (and its GraphQL global id) whichever store holds it.
/// </summary>
public static class StatementIds
{
    /// <summary>The id, <c>statement:</c> followed by 24 lower-case hex digits.</summary>
    /// <param name="speakerId">The speaking entity's id.</param>
    /// <param name="stance">Said or denied.</param>
    /// <param name="claimId">The claim's id.</param>
    /// <param name="articleId">The reporting article's id.</param>
    /// <param name="start">The evidence's first character offset in the article.</param>
    /// <returns>The statement id.</returns>
    public static string For(string speakerId, Stance stance, string claimId, string articleId, int start)
    {
        var stanceText = stance == Stance.Denied ? "denied" : "said";
        var key = string.Join('\u001F', speakerId, stanceText, claimId, articleId, start.ToString(CultureInfo.InvariantCulture));
        return "statement:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0, 12);
    }
}
