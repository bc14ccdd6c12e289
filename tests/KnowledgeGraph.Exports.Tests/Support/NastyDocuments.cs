using KnowledgeGraph.Model;

namespace KnowledgeGraph.Exports.Tests.Support;

/// <summary>
/// Synthetic documents full of <see cref="Nasty"/> strings, for loading into a real store. Three statements name the
/// extraction rule that found them; the Arabic one, like the reviewed sample, names none.
/// </summary>
internal static class NastyDocuments
{
    public const string Ana = "person:ana-la-jefa";
    public const string Sergei = "person:sergei-lavrov";
    public const string Mohammed = "person:mohammed-bin-salman";
    public const string Cossio = "person:nasty-cossio";
    public const string Backslash = "institution:backslash-press";
    public const string Havana = "place:havana-flag";
    public const string Claim = "claim:nasty-script-claim";
    public const string ArabicClaim = "claim:arabic-denial";

    public static IReadOnlyList<ExtractedDocument> All { get; } =
    [
        new(
            new SourceInfo("article:nasty-1", "nasty-1.txt", Nasty.Title, "Ünïcode & <Press>", Nasty.Url, "2026-02-02", Nasty.Quoted) { ContentHash = new string('a', 64) },
            [
                new(Ana, EntityKind.Person, Nasty.Quoted, ["La Jefa", "O'Rourke"]),
                new(Sergei, EntityKind.Person, Nasty.Cyrillic, []) { Role = Nasty.Multiline, Memberships = [new(Membership.MemberOf, Backslash, Nasty.Arabic)] },
                new(Mohammed, EntityKind.Person, Nasty.Arabic, []) { Country = Nasty.Emoji },
                new(Backslash, EntityKind.Institution, Nasty.Backslash, []),
                new(Havana, EntityKind.Place, Nasty.Emoji, []),
            ],
            [
                new(Ana, Stance.Said, Claim, Nasty.Claim, Nasty.Evidence, 0, Nasty.Evidence.Length, [Backslash], [Mohammed]) { Rule = "verb-subject" },
                new(Sergei, Stance.Denied, Claim, Nasty.Claim, Nasty.Multiline, 100, 100 + Nasty.Multiline.Length, [], [Havana]) { Rule = "quote-then-verb" },
                new(Mohammed, Stance.Said, ArabicClaim, "الحكومة لا تتفاوض \"أبداً\"", Nasty.Arabic, 200, 200 + Nasty.Arabic.Length, [], []),
            ]),
        new(
            new SourceInfo("article:nasty-2", "nasty-2.txt", null, null, null, null, null) { ContentHash = new string('b', 64) },
            [
                new(Cossio, EntityKind.Person, Nasty.Accents, ["Cossío \"the denier\""]),
            ],
            [
                new(Cossio, Stance.Denied, Claim, Nasty.Claim, Nasty.Evidence, 5, 5 + Nasty.Evidence.Length, [], []) { Rule = "according" },
            ]),
    ];
}
