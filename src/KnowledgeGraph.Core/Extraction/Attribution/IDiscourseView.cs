using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Attribution;

/// <summary>
/// What the sieves may read of the discourse memory: who spoke last, who is being interviewed, who issued the
/// document being quoted. Only <see cref="AttributionStage"/> changes it, through <see cref="DiscourseState"/>.
/// </summary>
internal interface IDiscourseView
{
    /// <summary>The last person who spoke (or was the named subject of a sentence): "he", "she".</summary>
    string? LastPersonSpeaker { get; }

    /// <summary>The last institution or other non-person that spoke.</summary>
    string? LastOtherSpeaker { get; }

    /// <summary>The organisation an unnamed spokesperson last spoke for ("an Exxaro spokesperson said"), or null.</summary>
    string? SpokesPrincipal { get; }

    /// <summary>The last source of an "according to": "the same source".</summary>
    string? LastAccordingSpeaker { get; }

    /// <summary>The last issuer of a statement or communiqué: "the statement", "the text".</summary>
    string? LastDocumentSpeaker { get; }

    /// <summary>The main speaker of the previous sentence.</summary>
    string? PreviousSentenceSpeaker { get; }

    /// <summary>The content of the previous sentence's main statement, with its paragraph and speaker.</summary>
    (Paragraph Paragraph, string SpeakerId, int First, int End)? PreviousContent { get; }

    /// <summary>The issuer this sentence names ("X issued a statement in which it …"): "it" is X.</summary>
    string? IssuerHere { get; }

    /// <summary>The issuer the previous sentence named.</summary>
    string? PreviousIssuer { get; }

    /// <summary>The person a Q:/A: transcript is an interview with, once known.</summary>
    string? Interviewee { get; }

    /// <summary>The last person an interview was named for.</summary>
    string? LastInterviewee { get; }

    /// <summary>The outlet an interview named in this paragraph (or the one before, when continued) reached us through.</summary>
    bool TryGetScopedInterviewer(string speakerId, out string via, out Paragraph paragraph);

    /// <summary>"he"/"she" → the last person speaker or person named; "it"/"they" → the issuer or last institution.</summary>
    string? ResolvePronoun(string norm);

    /// <summary>The names a subject of this sentence or of one of the two before it listed together ("Britain, France and Germany").</summary>
    List<string>? RecentGroup { get; }

    /// <summary>
    /// The last two (or <paramref name="count"/>) people or organisations named, earlier one first ("both actors", "both
    /// companies", "all three lawmakers"); null when there are not as many.
    /// </summary>
    List<string>? LastPair(EntityKind kind = EntityKind.Person, int count = 2);

    /// <summary>The most recent entity (mentioned or speaking) that fits, looking back at most 200 entries.</summary>
    string? Latest(Func<ArticleEntity, bool> fits);

    /// <summary>Of the recently mentioned entities that fit, the one named most often; the latest of equals.</summary>
    string? MostNamed(Func<ArticleEntity, bool> fits);
}
