KnowledgeGraph.Api.ApiHost.Build(args).Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
