using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>The <c>X-Api-Key</c> header that unlocks mutations.</summary>
public static class ApiKeyHeader
{
    /// <summary>Header name.</summary>
    public const string Name = "X-Api-Key";

    /// <summary>True when a key is configured and the request carries exactly that key (compared in constant time).</summary>
    public static bool Matches(HttpRequest request, string? configuredKey)
    {
        if (string.IsNullOrEmpty(configuredKey) || !request.Headers.TryGetValue(Name, out var sent) || sent.Count != 1)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent[0] ?? ""), Encoding.UTF8.GetBytes(configuredKey));
    }
}
