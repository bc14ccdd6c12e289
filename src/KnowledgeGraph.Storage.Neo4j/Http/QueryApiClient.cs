using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>
/// Talks to Neo4j's HTTP Query API: <c>POST /db/{db}/query/v2</c> for implicit transactions and
/// <c>/db/{db}/query/v2/tx[/{id}[/commit]]</c> for explicit ones. Every failure becomes a
/// <see cref="Neo4jStoreException"/> whose message names the server; <c>Neo.TransientError.*</c> is retried with
/// exponential backoff up to <see cref="Neo4jOptions.MaxRetries"/> times.
/// </summary>
internal sealed partial class QueryApiClient(Neo4jOptions options, HttpClient http)
{
    /// <summary>Typed JSON keeps integers apart from floats and strings; plain JSON is accepted as a fallback.</summary>
    private const string AcceptTyped = "application/vnd.neo4j.query";

    /// <summary>The header a cluster sets on a transaction's first answer and wants back on every later request.</summary>
    public const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly string _server = options.Uri.GetLeftPart(UriPartial.Authority);
    private readonly AuthenticationHeaderValue _auth = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));

    public string Server => _server;

    private string QueryPath => $"db/{Uri.EscapeDataString(options.Database)}/query/v2";

    /// <summary>Runs one statement in an implicit transaction, retrying transient errors.</summary>
    public Task<QueryResult> RunAsync(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        WithRetriesAsync(ct => SendAsync(HttpMethod.Post, QueryPath, Body(statement, parameters), statement, null, ct), cancellationToken);

    /// <summary>Runs <paramref name="work"/> again after a transient failure, waiting 1×, 2×, 4×… the base delay.</summary>
    public async Task<T> WithRetriesAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await work(cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jStoreException ex) when (ex.IsTransient && attempt < options.MaxRetries)
            {
                await Task.Delay(options.RetryBaseDelay * Math.Pow(2, attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Opens an explicit transaction.</summary>
    public async Task<QueryApiTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        var opening = await SendRawAsync(HttpMethod.Post, QueryPath + "/tx", null, null, null, cancellationToken).ConfigureAwait(false);
        var id = QueryValues.String(opening.Response["transaction"]?["id"])
            ?? throw new Neo4jStoreException($"Neo4j at {_server} opened no transaction: its answer had no transaction id.");
        return new QueryApiTransaction(this, $"{QueryPath}/tx/{Uri.EscapeDataString(id)}", id, opening.Affinity);
    }

    internal async Task<QueryResult> SendAsync(HttpMethod method, string path, string? body, CypherStatement? statement, string? affinity, CancellationToken cancellationToken) =>
        (await SendRawAsync(method, path, body, statement, affinity, cancellationToken).ConfigureAwait(false)).Result;

    internal async Task<(QueryResult Result, JsonObject Response, string? Affinity)> SendRawAsync(
        HttpMethod method, string path, string? body, CypherStatement? statement, string? affinity, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        using var request = new HttpRequestMessage(method, new Uri(options.Uri, path));
        request.Headers.Authorization = _auth;
        request.Headers.Accept.ParseAdd(AcceptTyped);
        request.Headers.Accept.ParseAdd("application/json;q=0.9");
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        // Begin and commit carry an empty body (the Query API allows it); it is still declared JSON.
        if (method != HttpMethod.Delete)
        {
            request.Content = new StringContent(body ?? "", Encoding.UTF8, "application/json");
        }

        HttpResponseMessage response;
        string text;
        try
        {
            response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jStoreException($"Neo4j at {_server} did not answer within {options.Timeout.TotalSeconds:0.#} s{Where(statement)}.", null, ex);
        }
        catch (HttpRequestException ex)
        {
            throw new Neo4jStoreException($"Neo4j at {_server} could not be reached ({ex.Message}). Is the server running and is the address right?", null, ex);
        }

        using (response)
        {
            var returnedAffinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            var json = Parse(text);
            if (json?["errors"] is JsonArray { Count: > 0 } errors)
            {
                var code = QueryValues.String(errors[0]?["code"]) ?? "";
                var message = QueryValues.String(errors[0]?["message"]) ?? "";
                throw Failure(code, message, response.StatusCode, statement);
            }

            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                throw Failure("Neo.ClientError.Security.Unauthorized", "", response.StatusCode, statement);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new Neo4jStoreException($"Neo4j at {_server} answered HTTP {(int)response.StatusCode} to {method} /{path}{Where(statement)}; is this the Query API of Neo4j 5.19 or later?");
            }

            json ??= [];
            var data = json["data"];
            var fields = QueryValues.Strings(data?["fields"]);
            var rows = data?["values"] is JsonArray rowArray
                ? rowArray.Select(r => new QueryRow(fields, r is JsonArray cells ? new JsonArray([.. cells.Select(c => QueryValues.Plain(c))]) : [])).ToList()
                : [];
            return (new QueryResult(fields, rows), json, returnedAffinity ?? affinity);
        }
    }

    internal static string Body(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters) =>
        JsonSerializer.Serialize(new Dictionary<string, object?> { ["statement"] = statement.Text, ["parameters"] = parameters }, JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static JsonObject? Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private Neo4jStoreException Failure(string code, string message, HttpStatusCode status, CypherStatement? statement)
    {
        if (code == "Neo.ClientError.Security.Unauthorized" || status == HttpStatusCode.Unauthorized)
        {
            return new Neo4jStoreException($"Neo4j at {_server} rejected the credentials of user '{options.User}' ({(code.Length > 0 ? code : "HTTP 401")}).", code);
        }

        var detail = message.Length > 0 ? $": {message}" : "";
        return code.StartsWith("Neo.TransientError.", StringComparison.Ordinal)
            ? new Neo4jStoreException($"Neo4j at {_server} reported a temporary failure{Where(statement)} ({code}){detail}", code)
            : new Neo4jStoreException($"Neo4j at {_server} refused the statement{Where(statement)} ({code}){detail}", code);
    }

    private static string Where(CypherStatement? statement) => statement is null ? "" : $" {statement.Source}";
}
