using KnowledgeGraph.Text;

namespace KnowledgeGraph.Core.Tests.Text;

public sealed class TextFoldTests
{
    [Theory]
    [InlineData("Fernández de Cossío", "fernandez de cossio")]
    [InlineData("ŁÓDŹ Straße", "lodz strase")]
    [InlineData("Ñandú", "nandu")]
    [InlineData("Ștefan Țiriac", "stefan tiriac")]
    [InlineData("O’Brien", "o'brien")]
    [InlineData("", "")]
    public void Folding_lowers_and_strips_accents_keeping_the_length(string text, string expected)
    {
        var folded = TextFold.Fold(text);

        Assert.Equal(expected, folded);
        Assert.Equal(text.Length, folded.Length);
    }

    [Theory]
    [InlineData("Jane Q. Doe", "jane q doe")]
    [InlineData("  A. López, (MFA) ", "a lopez mfa")]
    [InlineData("U.S.-Cuba", "u s cuba")]
    [InlineData("ŁÓDŹ  Straße", "lodz strase")]
    [InlineData("S\u0326tefan Cossi\u0301o", "stefan cossio")]
    [InlineData(null, "")]
    public void Matching_keys_turn_punctuation_runs_into_one_space_and_drop_combining_accents(string? text, string expected) =>
        Assert.Equal(expected, TextFold.Key(text));

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("?!")]
    public void Text_without_letters_or_digits_is_no_filter(string? text) =>
        Assert.Null(TextFold.KeyOrNull(text));

    [Theory]
    [InlineData("The Daily Ledger!", "the-daily-ledger")]
    [InlineData("Ministério das Relações Exteriores", "ministerio-das-relacoes-exteriores")]
    [InlineData("The Wall Street Journal", "the-wall-street-journal")]
    [InlineData("Granma", "granma")]
    [InlineData("Women's Wear Daily", "womens-wear-daily")]
    [InlineData("O’Globo", "oglobo")]
    [InlineData("U.S. News & World Report", "us-news-world-report")]
    [InlineData("***", "")]
    public void Slugs_drop_dots_and_apostrophes_and_join_words_with_dashes(string text, string slug) =>
        Assert.Equal(slug, TextFold.Slug(text));
}
