using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "the Castellana forward", "the Castellana skipper": the capitalised name between a determiner and a noun of a
/// team's member is the team, for the positions of several sports as for "striker" and "captain". Invented sentences.
/// </summary>
public sealed class AffiliationNounTests
{
    [Theory]
    [InlineData("forward")]
    [InlineData("skipper")]
    [InlineData("full-back")]
    [InlineData("quarterback")]
    [InlineData("batsman")]
    public void A_name_before_a_teams_position_is_the_team(string position)
    {
        var doc = Invented.Extract("team.txt", $"Lawyers said on Friday that the Castellana {position} denies all accusations.");
        Assert.Contains(doc.Entities, e => e.Name == "Castellana" && e.Kind == EntityKind.Institution);
    }
}
