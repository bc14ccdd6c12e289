using GraphQL.Types;
using KnowledgeGraph.Api.Graph;
using KnowledgeGraph.Api.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Support;

/// <summary>The schema exactly as the app registers it (AddKnowledgeGraphQL), without starting a host.</summary>
internal static class SchemaServices
{
    public static ISchema Create()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddKnowledgeGraphOptions();
        services.AddKnowledgeGraphQL();
        var schema = services.BuildServiceProvider().GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    }
}
