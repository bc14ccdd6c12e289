using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction.Attribution;

/// <summary>Small closed word classes used by attribution (folded forms).</summary>
internal static class Words
{
    public static FrozenSet<string> Determiners => Lexicon.Current.Determiners;

    public static FrozenSet<string> Prepositions => Lexicon.Current.Prepositions;

    public static FrozenSet<string> BeForms => Lexicon.Current.BeForms;

    public static FrozenSet<string> SubjectPronouns => Lexicon.Current.SubjectPronouns;

    public static FrozenSet<string> ClauseBreaks => Lexicon.Current.ClauseBreaks;

    /// <summary>Predicates that call the subject false ("… are not true", "is gossip").</summary>
    public static FrozenSet<string> FalsehoodWords => Lexicon.Current.FalsehoodWords;

    /// <summary>Nouns that frame a denied proposition ("denied the claim that …", "rejects the characterization of being …").</summary>
    public static FrozenSet<string> FramingNouns => Lexicon.Current.FramingNouns;
}
