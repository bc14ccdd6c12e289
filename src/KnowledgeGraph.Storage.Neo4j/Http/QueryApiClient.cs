using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>
/// Talks to Neo4j's HTTP Query API (Neo4j 5.19+, on by default from 5.25; explicit transactions from 5.26):
/// <c>POST /db/{db}/query/v2</c> for implicit transactions and <c>/db/{db}/query/v2/tx[/{id}[/commit]]</c> for
/// explicit ones. Reads are sent with <c>accessMode: Read</c> and the bookmarks of the last write, so that a cluster
/// may serve them from a secondary that has caught up with that write. Every failure becomes a
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
    private volatile IReadOnlyList<string> _bookmarks = [];

    public string Server => _server;

    /// <summary>The bookmarks of the last committed write (empty before the first).</summary>
    public IReadOnlyList<string> Bookmarks => _bookmarks;

    private string QueryPath => $"db/{Uri.EscapeDataString(options.Database)}/query/v2";

    /// <summary>Runs a read-only statement in an implicit read transaction, after the last write, retrying transient errors.</summary>
    public Task<QueryResult> ReadAsync(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        WithRetriesAsync(ct => SendAsync(HttpMethod.Post, QueryPath, Body(statement, parameters, QueryMode.Read), statement, null, options.Timeout, ct), cancellationToken);

    /// <summary>
    /// Runs a writing statement in an implicit transaction, retrying transient errors; <paramref name="timeout"/>
    /// replaces <see cref="Neo4jOptions.Timeout"/> for maintenance that may take long (migrations, clearing).
    /// </summary>
    public Task<QueryResult> WriteAsync(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken, TimeSpan? timeout = null) =>
        WithRetriesAsync(async ct =>
        {
            var result = await SendAsync(HttpMethod.Post, QueryPath, Body(statement, parameters, QueryMode.Write), statement, null, timeout ?? options.Timeout, ct).ConfigureAwait(false);
            // An implicit transaction has committed when it answers.
            Committed(result);
            return result;
        }, cancellationToken);

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

    /// <summary>
    /// Opens an explicit transaction with its first statement in the opening request (as the Query API documents; an
    /// empty opening body was only handled reliably from Neo4j 2025.04).
    /// </summary>
    public async Task<(QueryApiTransaction Transaction, QueryResult First)> BeginAsync(
        CypherStatement first, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var opening = await SendRawAsync(HttpMethod.Post, QueryPath + "/tx", Body(first, parameters, QueryMode.Transaction), first, null, options.Timeout, cancellationToken).ConfigureAwait(false);
        var id = QueryValues.String(opening.Response["transaction"]?["id"])
            ?? throw new Neo4jStoreException($"Neo4j at {_server} opened no transaction: its answer had no transaction id. Explicit transactions need Neo4j 5.26 or later.");
        return (new QueryApiTransaction(this, $"{QueryPath}/tx/{Uri.EscapeDataString(id)}", id, opening.Affinity, options.Timeout, options.RollbackTimeout), opening.Result);
    }

    /// <summary>Remembers the bookmarks a committed write returned, for the reads that follow it.</summary>
    internal void Committed(QueryResult result)
    {
        if (result.Bookmarks.Count > 0)
        {
            _bookmarks = result.Bookmarks;
        }
    }

    internal async Task<QueryResult> SendAsync(HttpMethod method, string path, string? body, CypherStatement? statement, string? affinity, TimeSpan timeout, CancellationToken cancellationToken) =>
        (await SendRawAsync(method, path, body, statement, affinity, timeout, cancellationToken).ConfigureAwait(false)).Result;

    internal async Task<(QueryResult Result, JsonObject Response, string? Affinity)> SendRawAsync(
        HttpMethod method, string path, string? body, CypherStatement? statement, string? affinity, TimeSpan timeoutAfter, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(timeoutAfter);
        using var request = new HttpRequestMessage(method, new Uri(options.Uri, path));
        request.Headers.Authorization = _auth;
        request.Headers.Accept.ParseAdd(AcceptTyped);
        request.Headers.Accept.ParseAdd("application/json;q=0.9");
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

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
            throw new Neo4jStoreException($"Neo4j at {_server} did not answer within {timeoutAfter.TotalSeconds:0.#} s{Where(statement)}.", null, ex);
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
                throw new Neo4jStoreException($"Neo4j at {_server} answered HTTP {(int)response.StatusCode} to {method} /{path}{Where(statement)}; is this the Query API of Neo4j 5.26 or later (explicit transactions need 5.26; the API is on by default from 5.25)?");
            }

            json ??= [];
            var data = json["data"];
            var fields = QueryValues.Strings(data?["fields"]);
            var rows = data?["values"] is JsonArray rowArray
                ? rowArray.Select(r => new QueryRow(fields, r is JsonArray cells ? new JsonArray([.. cells.Select(c => QueryValues.Plain(c))]) : [])).ToList()
                : [];
            var result = new QueryResult(fields, rows)
            {
                Counters = json["counters"] is JsonObject counters ? QueryCounters.From(counters) : null,
                Bookmarks = QueryValues.Strings(json["bookmarks"]),
            };
            return (result, json, returnedAffinity ?? affinity);
        }
    }

    /// <summary>
    /// A request body. Reads say <c>accessMode: Read</c> and carry the last write's bookmarks; statements of a batch
    /// ask for the counters (what each MERGE created), from which the batch's figures come.
    /// </summary>
    internal string Body(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, QueryMode mode)
    {
        var body = new Dictionary<string, object?> { ["statement"] = statement.Text, ["parameters"] = parameters };
        switch (mode)
        {
            case QueryMode.Read:
                body["accessMode"] = "Read";
                if (_bookmarks.Count > 0)
                {
                    body["bookmarks"] = _bookmarks;
                }

                break;
            case QueryMode.Transaction:
                body["includeCounters"] = true;
                break;
        }

        return JsonSerializer.Serialize(body, JsonOptions);
    }

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
