using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "X spoke on CNN and said …": the broadcaster the speaker spoke on carried the words; a network's name right before its
/// programme's ("NBC Meet the Press") gives the programme. Invented sentences.
/// </summary>
public sealed class SpokeOnTests
{
    [Fact]
    public void Speaking_on_a_broadcaster_makes_it_the_intermediary()
    {
        var doc = Invented.Extract("spoke.txt", "Minister on the port\n\nTrade Minister Tom Hale spoke on CNN and said the port would reopen in May.");
        var s = doc.Require("person:tom-hale", Stance.Said, "reopen in May");
        Assert.Equal(["institution:cnn"], s.ReportedBy);
    }

    [Fact]
    public void A_networks_programme_named_after_it_is_the_intermediary()
    {
        var doc = Invented.Extract("spoke.txt", "Minister on the port\n\nTrade Minister Tom Hale spoke on NBC Meet the Press and said the port would reopen in May.");
        var s = doc.Require("person:tom-hale", Stance.Said, "reopen in May");
        var via = Assert.Single(s.ReportedBy);
        Assert.Equal("Meet the Press", Assert.Single(doc.Entities, e => e.Id == via).Name);
    }
}
