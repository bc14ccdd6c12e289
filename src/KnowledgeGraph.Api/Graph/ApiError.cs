using GraphQL;

namespace KnowledgeGraph.Api.Graph;

/// <summary>Builds GraphQL errors with a stable code and a plain-sentence message.</summary>
public static class ApiError
{
    /// <summary>An error carrying <paramref name="code"/> in <c>extensions.code</c>.</summary>
    public static ExecutionError Create(string code, string message) => new(message) { Code = code };
}
