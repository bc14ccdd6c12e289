namespace KnowledgeGraph.Browser.Tests.Viewer;

/// <summary>One server and one browser for every viewer and export-endpoint test (starting chromium costs seconds).</summary>
[CollectionDefinition(Name)]
public sealed class ViewerCollection : ICollectionFixture<ViewerServer>
{
    public const string Name = "viewer";
}
