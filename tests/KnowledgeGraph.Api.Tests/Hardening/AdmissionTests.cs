using System.Net;
using KnowledgeGraph.Api.Tests.Support;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Tests.Hardening;

/// <summary>Admission control and the answers every page carries: rate limits, wrong-key limits, headers, hosts.</summary>
public sealed class AdmissionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_client_past_its_token_bucket_gets_429_with_Retry_After_while_healthz_still_answers()
    {
        await using var factory = new ApiFactory(settings: new Dictionary<string, string?>
        {
            ["RateLimits:PerClientPerSecond"] = "1",
            ["RateLimits:PerClientBurst"] = "3",
        });
        var client = new GraphQLClient(factory.CreateClient());

        var statuses = new List<HttpStatusCode>();
        GraphQLResponse? refused = null;
        for (var i = 0; i < 8 && refused is null; i++)
        {
            var response = await client.PostAsync("{ stats { statements } }");
            statuses.Add(response.Status);
            refused = response.Status == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.NotNull(refused);
        Assert.Equal(["RATE_LIMITED"], refused.ErrorCodes);
        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        using var raw = await client.Http.PostAsync("/graphql", new StringContent("""{"query":"{ stats { statements } }"}""", System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, raw.StatusCode);
        Assert.True(raw.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), $"Retry-After: {raw.Headers.RetryAfter}");
        using var health = await client.Http.GetAsync("/healthz", Ct);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task With_every_slot_busy_and_no_queue_the_next_request_gets_429()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var factory = new ApiFactory(
            wrapStore: inner => new HeldSearchStore(inner, entered, gate.Task),
            settings: new Dictionary<string, string?> { ["RateLimits:ConcurrentRequests"] = "1", ["RateLimits:QueueLength"] = "0" });
        var client = new GraphQLClient(factory.CreateClient());
        await client.DataAsync("{ stats { articles } }");

        var held = client.PostAsync("""{ search(text: "hold") { id } }""");
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        var refused = await client.PostAsync("{ stats { statements } }");
        gate.SetResult();
        var first = await held;

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal(["RATE_LIMITED"], refused.ErrorCodes);
        Assert.Equal(HttpStatusCode.OK, first.Status);
    }

    [Fact]
    public async Task After_the_allowed_wrong_keys_even_the_right_key_is_refused_for_the_rest_of_the_minute()
    {
        await using var factory = new ApiFactory(apiKey: ApiFactory.TestApiKey, settings: new Dictionary<string, string?> { ["RateLimits:FailedKeyAttemptsPerMinute"] = "2" });
        var client = new GraphQLClient(factory.CreateClient());
        const string Mutation = """mutation { ingestArticle(input: { text: "Officials said nothing." }) { newArticle } }""";

        var first = await client.PostAsync(Mutation, apiKey: "wrong-key-0000000000000");
        var second = await client.PostAsync(Mutation, apiKey: "wrong-key-1111111111111");
        var third = await client.PostAsync(Mutation, apiKey: ApiFactory.TestApiKey);

        Assert.Equal(["UNAUTHENTICATED"], first.ErrorCodes);
        Assert.Equal(["UNAUTHENTICATED"], second.ErrorCodes);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.Status);
        Assert.Equal(["RATE_LIMITED"], third.ErrorCodes);
        // Reads without a key are not affected.
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("{ stats { articles } }")).Status);
    }

    [Theory]
    [InlineData("/graphiql")]
    [InlineData("/viewer")]
    [InlineData("/healthz")]
    [InlineData("/graphql?query=%7Bstats%7Barticles%7D%7D")]
    [InlineData("/no-such-page")]
    public async Task Every_response_carries_the_content_security_policy_nosniff_and_no_framing(string path)
    {
        await using var factory = new ApiFactory();

        using var response = await factory.CreateClient().GetAsync(path, Ct);

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task A_host_header_outside_AllowedHosts_is_refused()
    {
        await using var factory = new ApiFactory();
        var http = factory.CreateClient();

        using var foreign = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        foreign.Headers.Host = "attacker.example";
        using var refused = await http.SendAsync(foreign, Ct);
        using var local = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        local.Headers.Host = "127.0.0.1:5080";
        using var allowed = await http.SendAsync(local, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task A_neighbourhood_export_that_outlasts_the_request_deadline_is_stopped_with_503()
    {
        await using var factory = new ApiFactory(
            wrapStore: inner => new EndlessNetworkStore(inner),
            settings: new Dictionary<string, string?> { ["RequestTimeoutSeconds"] = "1" });

        using var response = await factory.CreateClient().GetAsync("/export/gexf?center=Marco%20Rubio&depth=3", Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("longer than 1 s", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    /// <summary>A neighbourhood that is never found: it waits until its token is cancelled.</summary>
    private sealed class EndlessNetworkStore(IGraphStore inner) : DelegatingGraphStore(inner)
    {
        public override async Task<GraphNetwork?> GetNetworkAsync(NetworkQuery query, CancellationToken cancellationToken = default)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return null;
        }
    }

    /// <summary>Holds a search until the test lets it go, so that it occupies the one running slot.</summary>
    private sealed class HeldSearchStore(IGraphStore inner, TaskCompletionSource entered, Task gate) : DelegatingGraphStore(inner)
    {
        public override async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int limit, CancellationToken cancellationToken = default)
        {
            entered.TrySetResult();
            await gate.WaitAsync(cancellationToken);
            return await base.SearchAsync(text, limit, cancellationToken);
        }
    }
}
