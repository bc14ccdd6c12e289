using System.Text.Json.Serialization;

namespace KnowledgeGraph.Model;

/// <summary>Whether a speaker asserted or denied a claim. Serialised as <c>said</c> / <c>denied</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Stance>))]
public enum Stance
{
    /// <summary>The speaker asserted the claim.</summary>
    [JsonStringEnumMemberName("said")]
    Said,

    /// <summary>The speaker denied or rejected the claim.</summary>
    [JsonStringEnumMemberName("denied")]
    Denied,
}
