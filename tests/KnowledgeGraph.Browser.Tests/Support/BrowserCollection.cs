namespace KnowledgeGraph.Browser.Tests.Support;

/// <summary>One server and one browser for all browser tests in the collection (starting chromium costs seconds).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserServer>
{
    public const string Name = "browser";
}
