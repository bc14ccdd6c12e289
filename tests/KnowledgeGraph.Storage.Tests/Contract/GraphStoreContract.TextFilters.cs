using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Tests.Support;

namespace KnowledgeGraph.Storage.Tests.Contract;

/// <summary>Text filters match text; %, _ and \ are characters like any other, never wildcards.</summary>
public abstract partial class GraphStoreContract
{
    private const string Percent = "claim:prices-rose-50-percent";
    private const string People = "claim:fifty-people-came";
    private const string Snake = "claim:the-file-is-snake-case";
    private const string Backslash = "claim:the-share-is-on-drive-s";

    [Theory]
    [InlineData("%", new[] { Percent })]
    [InlineData("50%", new[] { Percent })]
    [InlineData("50", new[] { Percent, People })]
    [InlineData("_", new[] { Snake })]
    [InlineData("e_c", new[] { Snake })]
    [InlineData("s\\", new[] { Backslash })]
    [InlineData("\\", new[] { Backslash })]
    [InlineData("%%", new string[0])]
    public async Task Percent_underscore_and_backslash_in_text_filters_match_only_themselves(string text, string[] expected)
    {
        await using var store = await SymbolStoreAsync();

        Assert.Equal(Sorted(expected), await ClaimIdsAsync(store, new ClaimFilter { TextContains = text }));
    }

    [Fact]
    public async Task Title_and_name_filters_take_symbols_literally_too()
    {
        await using var store = await SymbolStoreAsync();

        var titles = await store.QueryArticlesAsync(new ArticleFilter { TitleContains = "%" }, PageRequest.First(10), Ct);
        var names = await store.QueryEntitiesAsync(new EntityFilter { NameContains = "_" }, EntityOrder.Name, PageRequest.First(10), Ct);
        var noName = await store.QueryEntitiesAsync(new EntityFilter { NameContains = "%" }, EntityOrder.Name, PageRequest.First(10), Ct);

        Assert.Equal(["article:symbols-1"], titles.Items.Select(a => a.Id));
        Assert.Equal(["person:dev_null"], names.Items.Select(e => e.Id));
        Assert.Equal(1, names.TotalCount);
        Assert.Empty(noName.Items);
    }

    private async Task<IGraphStore> SymbolStoreAsync()
    {
        var store = await EmptyStoreAsync();
        await store.UpsertAsync(
        [
            Some.Document("article:symbols-1", "symbols-1.txt", "Prices up 50% in a year", "Ledger", "2026-03-01",
                [Some.Entity("person:dev_null", EntityKind.Person, "Dev_Null", []), Some.Entity("person:ann-kay", EntityKind.Person, "Ann Kay", ["A. Kay"])],
                Some.Statement("person:ann-kay", Stance.Said, Percent, "Prices rose 50% in a year", "Kay said prices rose 50% in a year", [], []),
                Some.Statement("person:ann-kay", Stance.Said, People, "Fifty people came", "Kay said 50 people came to the meeting", [], [])),
            Some.Document("article:symbols-2", "symbols-2.txt", "Files and shares", "Ledger", "2026-03-02", [Some.Entity("person:bo-lind", EntityKind.Person, "Bo Lind", [])],
                Some.Statement("person:bo-lind", Stance.Said, Snake, "The file is named snake_case", "Lind wrote that the file is named snake_case", [], []),
                Some.Statement("person:bo-lind", Stance.Denied, Backslash, "The share is on drive S", @"Lind denied the share is at S\\archive\old", [], [])),
        ], Ct);
        return store;
    }
}
