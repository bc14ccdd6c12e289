using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Protocol;

/// <summary>
/// A FAKE of Neo4j's HTTP Query API, because no Neo4j can run here. A real HTTP listener on 127.0.0.1 that records
/// every request and answers with the shapes the Query API documents (typed JSON results, <c>errors</c> lists,
/// 401, transaction ids and the cluster affinity header). It does not execute Cypher: each test scripts the answers
/// through <see cref="Handler"/>. The real behaviour of the Cypher is covered by the contract suite against Neo4j.
/// </summary>
internal sealed class FakeQueryApiServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Task _loop;

    private FakeQueryApiServer(int port)
    {
        Uri = new Uri($"http://127.0.0.1:{port}");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    /// <summary>Where the fake listens.</summary>
    public Uri Uri { get; }

    /// <summary>Answers a request; by default every statement gets an empty result.</summary>
    public Func<RecordedRequest, FakeResponse> Handler { get; set; } = _ => FakeResponse.Rows(["written"], [[0]]);

    /// <summary>Requests received so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public static FakeQueryApiServer Start()
    {
        // Ask the OS for a free loopback port, then listen on it.
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new FakeQueryApiServer(port);
    }

    /// <summary>A loopback port with nothing listening, for connection-refused tests.</summary>
    public static Uri UnusedAddress()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }

    private async Task AcceptAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            var request = context.Request;
            using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
            var text = await reader.ReadToEndAsync();
            var recorded = new RecordedRequest(
                request.HttpMethod,
                request.Url!.AbsolutePath,
                request.Headers["Authorization"],
                request.Headers["Accept"],
                request.ContentType,
                request.Headers["neo4j-cluster-affinity"],
                text.Length == 0 ? null : JsonNode.Parse(text) as JsonObject);
            lock (_requests)
            {
                _requests.Add(recorded);
            }

            var answer = Handler(recorded);
            if (answer.Delay > TimeSpan.Zero)
            {
                await Task.Delay(answer.Delay);
            }

            var response = context.Response;
            response.StatusCode = answer.Status;
            response.ContentType = "application/vnd.neo4j.query";
            foreach (var (name, value) in answer.Headers)
            {
                response.Headers[name] = value;
            }

            var bytes = Encoding.UTF8.GetBytes(answer.Body);
            response.ContentLength64 = bytes.Length;
            await response.OutputStream.WriteAsync(bytes);
            response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The client gave up (timeout tests): nothing to answer.
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
