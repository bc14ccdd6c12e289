namespace KnowledgeGraph.Api.Tests.Support;

/// <summary>One app over the sample shared by a test class (read-only tests).</summary>
public sealed class SampleApi : IAsyncLifetime
{
    public ApiFactory Factory { get; } = new();

    public GraphQLClient Client { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        Client = new GraphQLClient(Factory.CreateClient());
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
}
