using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Norland denied accusations that …, a foreign ministry spokesman, Abbas Mousavi, said": a spokesperson who says his
/// side denied something denies it himself, and the claim is what follows the denial verb; one who is no spokesperson
/// only passes another side's denial on and gets no denial of it. Invented sentences.
/// </summary>
public sealed class SpokespersonSideDenialTests
{
    private const string Clause = "Norland denied accusations from its neighbours that the harbour militia is behind the drone attacks on the oil terminal, ";

    [Fact]
    public void A_spokesperson_who_reports_his_sides_denial_denies()
    {
        var doc = Invented.Extract("side.txt", Clause + "a foreign ministry spokesman, Abbas Mousavi, said on Sunday.");
        var spokesman = Assert.Single(doc.Entities, e => e.Name == "Abbas Mousavi");
        var s = doc.Require(spokesman.Id, Stance.Denied, "harbour militia is behind");
        Assert.StartsWith("The harbour militia is behind", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void One_who_is_no_spokesperson_gets_no_denial()
    {
        var doc = Invented.Extract("side.txt", Clause + "a harbour analyst, Tom Reyes, said on Sunday.");
        var analyst = Assert.Single(doc.Entities, e => e.Name == "Tom Reyes");
        Assert.Null(doc.Find(analyst.Id, Stance.Denied, "harbour militia"));
    }
}
