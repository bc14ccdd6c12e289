using System.Net.Sockets;
using System.Text;
using KnowledgeGraph.Api.Tests.Support;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Tests.Hardening;

/// <summary>Clients that trickle or leave: a slow body is a 408 (not a 500), and a client that leaves stops its work.</summary>
public sealed class SlowClientTests(RealServer server) : IClassFixture<RealServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_body_sent_slower_than_Kestrels_minimum_rate_is_answered_408()
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.BaseAddress.Host, server.BaseAddress.Port, Ct);
        var stream = tcp.GetStream();
        var head = $"POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{{\"query\":\"";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), Ct);

        // One byte a second is far below Kestrel's 240 bytes/s after its 5 s grace period.
        var answer = new StringBuilder();
        var buffer = new byte[4096];
        var deadline = DateTime.UtcNow.AddSeconds(40);
        while (DateTime.UtcNow < deadline && !answer.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            try
            {
                await stream.WriteAsync("x"u8.ToArray(), Ct);
            }
            catch (IOException)
            {
                // The server may close its side once it has answered; read what it sent.
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            wait.CancelAfter(TimeSpan.FromSeconds(1));
            try
            {
                var read = await stream.ReadAsync(buffer, wait.Token);
                if (read == 0)
                {
                    break;
                }

                answer.Append(Encoding.UTF8.GetString(buffer, 0, read));
            }
            catch (OperationCanceledException) when (!Ct.IsCancellationRequested)
            {
                // Nothing yet: send the next byte.
            }
        }

        Assert.StartsWith("HTTP/1.1 408", answer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_that_disconnects_cancels_the_store_work_of_its_request()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var factory = new ApiFactory(wrapStore: inner => new WaitingSearchStore(inner, entered, cancelled));
        var client = new GraphQLClient(factory.CreateClient());
        await client.DataAsync("{ stats { articles } }");

        using var leave = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ search(text: \"wait\") { id } }"}""", Encoding.UTF8, "application/json"),
        };
        var sent = client.Http.SendAsync(request, leave.Token);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        await leave.CancelAsync();

        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sent);
    }

    /// <summary>A search that only ends when its cancellation token fires, and says so.</summary>
    private sealed class WaitingSearchStore(IGraphStore inner, TaskCompletionSource entered, TaskCompletionSource cancelled) : DelegatingGraphStore(inner)
    {
        public override async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int limit, CancellationToken cancellationToken = default)
        {
            entered.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                cancelled.TrySetResult();
                throw;
            }

            return [];
        }
    }
}
