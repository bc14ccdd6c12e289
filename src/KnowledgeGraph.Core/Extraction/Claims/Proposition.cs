using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>
/// One claim inside a statement's content: its token range and whether the speaker asserted or denied it.
/// <paramref name="NegationAt"/> is the token whose negation made the denial ("does not pose"): the claim drops that
/// word only, and keeps every other negation as written ("will not be distracted" is said as it stands).
/// </summary>
/// <paramref name="SubjectFirst"/>..<paramref name="SubjectEnd"/> is a subject borrowed from elsewhere in the sentence,
/// joined to the claim with "is" unless <paramref name="SubjectHasVerb"/> (it then ends with its own verb: "The move was").
/// <paramref name="DeceiverEnd"/> ends the subject of a verb of deceiving that made the denial ("These reports seek to
/// mislead"), -1 otherwise: only a report, a text or an outlet as that subject is rejected by it.
internal readonly record struct Proposition(int First, int End, Stance Stance, int SubjectFirst = -1, int SubjectEnd = -1, int NegationAt = -1, bool SubjectHasVerb = false, int DeceiverEnd = -1);
