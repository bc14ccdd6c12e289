using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Unknown names kinded by the words around them, on invented sentences: a class noun before or after the name
/// ("mining giant Korvadex", "her Veridia Social platform"), a coordinated name of known kind ("UBS or Quintbank"),
/// a street word, and person names from languages the given-name lists do not cover.
/// </summary>
public sealed class NameContextTests
{
    private static ExtractedDocument Extract(string body) => Invented.Extract("names.txt", body);

    private static EntityKind? KindOf(ExtractedDocument doc, string name) =>
        doc.Entities.SingleOrDefault(e => e.Name == name || e.Aliases.Contains(name))?.Kind;

    [Theory]
    [InlineData("Inspectors reviewed deals signed by the state mining giant Korvadex last year.", "Korvadex")]
    [InlineData("Inspectors reviewed loans from the export bank FINARA last year.", "FINARA")]
    [InlineData("Inspectors reviewed loans from the regional conglomerate Talvik last year.", "Talvik")]
    public void A_name_after_an_organisation_noun_is_an_institution_even_in_capitals(string sentence, string name) =>
        Assert.Equal(EntityKind.Institution, KindOf(Extract(sentence), name));

    [Theory]
    [InlineData("She posted the video on her Veridia Social platform on Sunday.", "Veridia Social")]
    [InlineData("Dockers read the story in the Harlow Ledger newspaper on Sunday.", "Harlow Ledger")]
    public void A_name_between_a_determiner_and_an_organisation_noun_is_an_institution(string sentence, string name) =>
        Assert.Equal(EntityKind.Institution, KindOf(Extract(sentence), name));

    [Fact]
    public void A_compound_modifier_built_on_a_name_is_not_part_of_the_name()
    {
        var doc = Extract("The Marlowe Group issued a statement.\n\n\u201CWe sold the berths in May,\u201D the Tessa Marlowe-led conglomerate said.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("-led", StringComparison.Ordinal));
        doc.Require("institution:marlowe-group", Stance.Said, "sold the berths in May");
    }

    [Theory]
    [InlineData("UBS said it would not merge.\n\nShareholders rejected a merger with UBS or Quintbank on Monday.", "Quintbank", EntityKind.Institution)]
    [InlineData("The club hopes to sign Emmanuel Emenike and Fernandao this summer.", "Fernandao", EntityKind.Person)]
    public void A_name_joined_by_and_or_or_to_a_name_of_known_kind_shares_its_kind(string sentence, string name, EntityKind kind) =>
        Assert.Equal(kind, KindOf(Extract(sentence), name));

    [Fact]
    public void An_english_word_joined_to_a_known_name_stays_unread()
    {
        var doc = Extract("UBS said it would not merge.\n\nShareholders rejected a merger with UBS or Lantern on Monday.");
        Assert.Null(KindOf(doc, "Lantern"));
    }

    [Theory]
    [InlineData("Police are investigating a shooting on Maple Street on Monday.", "Maple Street")]
    [InlineData("Police closed Harlow Road after the crash.", "Harlow Road")]
    public void A_name_ending_in_a_street_word_is_a_place(string sentence, string name) =>
        Assert.Equal(EntityKind.Place, KindOf(Extract(sentence), name));

    [Theory]
    [InlineData("The club hopes to sign Dragan Vukovic this summer.", "Dragan Vukovic")]
    [InlineData("Dockers cheered when Kwame Obeng arrived at the gate.", "Kwame Obeng")]
    public void Two_capitalised_words_that_are_no_english_words_make_a_person(string sentence, string name) =>
        Assert.Equal(EntityKind.Person, KindOf(Extract(sentence), name));

    [Theory]
    [InlineData("The photo was supplied by Getty Images on Monday.", "Getty Images")]
    [InlineData("Ships from the Latin American coast wait outside.", "Latin American")]
    [InlineData("Dockers read Korvadex Shares Slump on the board.", "Korvadex Shares Slump")]
    public void A_run_with_an_english_word_or_a_demonym_is_no_foreign_person_name(string sentence, string name) =>
        Assert.NotEqual(EntityKind.Person, KindOf(Extract(sentence), name));

    [Fact]
    public void A_description_followed_by_its_own_verb_of_speech_is_no_apposition_to_the_name_before_it()
    {
        var doc = Extract("Shareholders rejected a merger with Halvorsen or Quintbank, the chairman said.");
        Assert.NotEqual(EntityKind.Person, KindOf(doc, "Quintbank"));
    }
}
