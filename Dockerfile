# KnowledgeGraph: the `kg` CLI (src/KnowledgeGraph.Cli, kg.dll), which also hosts the GraphQL API (`kg serve`).
# Build stage: the .NET SDK plus Node/npm, because the API's build runs `npm ci` to fetch GraphiQL, React and
# Cytoscape into wwwroot/vendor (never committed, never served from a CDN).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Restore first, from the project files only, so that code changes do not invalidate the package layer.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/KnowledgeGraph.Core/KnowledgeGraph.Core.csproj src/KnowledgeGraph.Core/
COPY src/KnowledgeGraph.Storage.Sqlite/KnowledgeGraph.Storage.Sqlite.csproj src/KnowledgeGraph.Storage.Sqlite/
COPY src/KnowledgeGraph.Storage.Neo4j/KnowledgeGraph.Storage.Neo4j.csproj src/KnowledgeGraph.Storage.Neo4j/
COPY src/KnowledgeGraph.Exports/KnowledgeGraph.Exports.csproj src/KnowledgeGraph.Exports/
COPY src/KnowledgeGraph.Composition/KnowledgeGraph.Composition.csproj src/KnowledgeGraph.Composition/
COPY src/KnowledgeGraph.Api/KnowledgeGraph.Api.csproj src/KnowledgeGraph.Api/
COPY src/KnowledgeGraph.Cli/KnowledgeGraph.Cli.csproj src/KnowledgeGraph.Cli/
RUN dotnet restore src/KnowledgeGraph.Cli/KnowledgeGraph.Cli.csproj
COPY src/ src/
COPY cypher/ cypher/
RUN dotnet publish src/KnowledgeGraph.Cli/KnowledgeGraph.Cli.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# Run as the unprivileged user the .NET images provide.
USER $APP_UID
EXPOSE 5080
ENTRYPOINT ["dotnet", "kg.dll"]
CMD ["serve", "--store", "http://neo4j:7474", "--urls", "http://0.0.0.0:5080"]
