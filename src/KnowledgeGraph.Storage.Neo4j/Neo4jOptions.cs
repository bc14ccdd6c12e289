namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// How to reach Neo4j over its HTTP Query API. Defaults: <see cref="Uri"/> <c>http://localhost:7474</c>,
/// <see cref="User"/> <c>neo4j</c>, <see cref="Password"/> empty, <see cref="Database"/> <c>neo4j</c>,
/// <see cref="Timeout"/> 30 s per request, <see cref="MaintenanceTimeout"/> 30 min for index population, migrations
/// and clearing, <see cref="MaxRetries"/> 3 (retries of <c>Neo.TransientError.*</c> with exponential backoff). Call <see cref="Validate"/> (the store does) to get a plain message naming a bad value.
/// </summary>
public sealed class Neo4jOptions
{
    /// <summary>The HTTP(S) address of the Neo4j server, e.g. <c>http://localhost:7474</c>. Default: that address.</summary>
    public Uri Uri { get; set; } = new("http://localhost:7474");

    /// <summary>User for basic authentication. Default <c>neo4j</c>.</summary>
    public string User { get; set; } = "neo4j";

    /// <summary>Password for basic authentication. Default empty.</summary>
    public string Password { get; set; } = "";

    /// <summary>Database name. Default <c>neo4j</c>.</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>How long one request may take before the store gives up with a plain message. Default 30 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long work that grows with the store may take: waiting for indexes to come online at start-up, migrating an
    /// older schema, clearing the store. Default 30 min.
    /// </summary>
    public TimeSpan MaintenanceTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often a transient failure is retried (0 = never). Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>How long a rollback may take before it is abandoned (the server rolls back expired transactions itself). Tests shorten it.</summary>
    internal TimeSpan RollbackTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>First backoff delay; doubled on each retry. Tests shorten it.</summary>
    internal TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Options from a store spec: <c>http(s)://host:port</c> is used as is; <c>neo4j://</c> and <c>bolt://</c> map to the
    /// Query API on the same host at port 7474; <c>neo4j+s://</c> and <c>bolt+s://</c> to https on 7473, or on 443 for
    /// Aura (<c>*.databases.neo4j.io</c>). Credentials come from
    /// user info in the URI, else <c>NEO4J_USER</c> / <c>NEO4J_PASSWORD</c> (defaults <c>neo4j</c> / empty); the
    /// database from <c>NEO4J_DATABASE</c> (default <c>neo4j</c>).
    /// </summary>
    /// <param name="uri">The store spec.</param>
    public static Neo4jOptions FromUri(string uri)
    {
        if (!System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
        {
            throw new ArgumentException($"'{uri}' is not a Neo4j address; expected e.g. http://localhost:7474 or neo4j://localhost:7687.", nameof(uri));
        }

        var (scheme, port) = parsed.Scheme.ToLowerInvariant() switch
        {
            "http" => ("http", parsed.Port),
            "https" => ("https", parsed.Port),
            "neo4j" or "bolt" => ("http", 7474),
            // Aura serves the Query API only over HTTPS on 443; a self-managed server's HTTPS connector defaults to 7473.
            "neo4j+s" or "neo4j+ssc" or "bolt+s" or "bolt+ssc" => ("https", IsAura(parsed.Host) ? 443 : 7473),
            _ => throw new ArgumentException($"'{uri}' has the scheme '{parsed.Scheme}', which is not a Neo4j scheme (http, https, neo4j, neo4j+s, bolt).", nameof(uri)),
        };

        var user = Environment.GetEnvironmentVariable("NEO4J_USER");
        var password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD");
        if (!string.IsNullOrEmpty(parsed.UserInfo))
        {
            var parts = parsed.UserInfo.Split(':', 2);
            user = System.Uri.UnescapeDataString(parts[0]);
            password = parts.Length > 1 ? System.Uri.UnescapeDataString(parts[1]) : password;
        }

        var database = Environment.GetEnvironmentVariable("NEO4J_DATABASE");
        return new Neo4jOptions
        {
            Uri = new UriBuilder(scheme, parsed.Host, port).Uri,
            User = string.IsNullOrEmpty(user) ? "neo4j" : user,
            Password = password ?? "",
            Database = string.IsNullOrEmpty(database) ? "neo4j" : database,
        };
    }

    private static bool IsAura(string host) => host.EndsWith(".databases.neo4j.io", StringComparison.OrdinalIgnoreCase);

    /// <summary>Throws <see cref="ArgumentException"/> with a message naming the first bad value.</summary>
    public void Validate()
    {
        if (Uri is null || !Uri.IsAbsoluteUri || (Uri.Scheme != "http" && Uri.Scheme != "https"))
        {
            throw new ArgumentException($"Neo4j Uri must be an absolute http(s) address of the Query API, got '{Uri}'.");
        }

        if (string.IsNullOrWhiteSpace(Database) || Database.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')))
        {
            throw new ArgumentException($"Neo4j Database must be a database name (letters, digits, '.', '-', '_'), got '{Database}'.");
        }

        if (User is null)
        {
            throw new ArgumentException("Neo4j User must not be null.");
        }

        if (Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromHours(1))
        {
            throw new ArgumentException($"Neo4j Timeout must be greater than zero and at most one hour, got {Timeout}.");
        }

        if (MaintenanceTimeout < Timeout || MaintenanceTimeout > TimeSpan.FromDays(1))
        {
            throw new ArgumentException($"Neo4j MaintenanceTimeout must be at least Timeout ({Timeout}) and at most one day, got {MaintenanceTimeout}.");
        }

        if (MaxRetries is < 0 or > 10)
        {
            throw new ArgumentException($"Neo4j MaxRetries must be between 0 and 10, got {MaxRetries}.");
        }
    }
}
