using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Graph;

/// <summary>Every first argument is capped where it is resolved, nested ones included.</summary>
public sealed class PageCapTests(SampleApi api) : IClassFixture<SampleApi>
{
    [Theory]
    [InlineData("""{ entity(name: "Fernández de Cossío") { denied(first: 101) { totalCount } } }""")]
    [InlineData("""{ entity(name: "Fernández de Cossío") { mentionedIn(first: 101) { totalCount } } }""")]
    [InlineData("""{ entity(name: "GAESA") { memberships(first: 101) { role } } }""")]
    [InlineData("""{ claims(first: 1) { nodes { statements(first: 101) { totalCount } } } }""")]
    [InlineData("""{ claims(first: 1) { nodes { reportedBy(first: 101) { totalCount } } } }""")]
    [InlineData("""{ articles(first: 1) { nodes { mentions(first: 101) { totalCount } } } }""")]
    [InlineData("""{ stats { bySpeaker(first: 101) { count } } }""")]
    [InlineData("""{ timeline(first: 101) { id } }""")]
    public async Task A_page_above_one_hundred_is_refused_with_PAGE_SIZE_EXCEEDED(string query)
    {
        var response = await api.Client.PostAsync(query);

        Assert.Contains("PAGE_SIZE_EXCEEDED", response.ErrorCodes);
        Assert.Contains("101", response.Body, StringComparison.Ordinal);
    }
}
