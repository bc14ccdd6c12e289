using KnowledgeGraph.Storage.Sqlite;
using Xunit;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Fernández de Cossío", "fernandez de cossio")]
    [InlineData("ŁÓDŹ  Straße", "lodz strasse")]
    [InlineData("Jane Q. Doe", "jane q doe")]
    [InlineData("  Œuvre—Ærø ", "oeuvre aero")]
    [InlineData("Ș̦tefan", "stefan")]
    [InlineData("", "")]
    public void Folding_drops_case_accents_and_punctuation(string text, string folded) =>
        Assert.Equal(folded, TextFolding.Fold(text));

    [Theory]
    [InlineData("The Daily Ledger!", "the-daily-ledger")]
    [InlineData("Ministério das Relações Exteriores", "ministerio-das-relacoes-exteriores")]
    [InlineData("***", "")]
    public void Slugs_are_folded_words_joined_by_dashes(string text, string slug) =>
        Assert.Equal(slug, TextFolding.Slug(text));
}
