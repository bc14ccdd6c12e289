using GraphQL.Validation;
using GraphQLParser.AST;
using KnowledgeGraph.Api.Graph;

namespace KnowledgeGraph.Api.Endpoints;

/// <summary>Rejects mutations sent with GET, which caches and prefetchers may replay.</summary>
internal sealed class NoMutationOverGetRule : ValidationRuleBase
{
    private static readonly MatchingNodeVisitor<GraphQLOperationDefinition> Visitor = new((operation, context) =>
    {
        if (operation.Operation == OperationType.Mutation && ReferenceEquals(operation, context.Operation))
        {
            context.ReportError(new ValidationError("Mutations must be sent with POST, not GET.") { Code = ErrorCodes.MutationOverGet });
        }
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
}
