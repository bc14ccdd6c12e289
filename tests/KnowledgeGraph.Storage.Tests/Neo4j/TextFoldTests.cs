using KnowledgeGraph.Storage.Neo4j;
using Xunit;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

public sealed class TextFoldTests
{
    [Theory]
    [InlineData("Fernández de Cossío", "fernandez de cossio")]
    [InlineData("ŁÓDŹ Straße", "lodz strase")]
    [InlineData("Ñandú", "nandu")]
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
    public void Matching_keys_turn_punctuation_runs_into_one_space(string text, string expected)
    {
        Assert.Equal(expected, TextFold.Key(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("?!")]
    public void Text_without_letters_or_digits_is_no_filter(string? text)
    {
        Assert.Null(TextFold.KeyOrNull(text));
    }
}
