using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "The Harbour Party presidential candidate claimed …": an organisation's leader or candidate right before the verb is
/// the person the article names so, or the person who spoke just before; otherwise the organisation keeps the statement.
/// Invented sentences.
/// </summary>
public sealed class OrganisationLeaderTests
{
    private static ExtractedDocument Extract(string body) => Invented.Extract("leader.txt", "Mayor Jane Ruddock spoke on Monday.\n\n" + body);

    [Theory]
    [InlineData("Harbour Party presidential candidate Tom Verner visited the port.\n\nThe Harbour Party presidential candidate claimed the mayor was behind the night meetings.")]
    [InlineData("Harbour Party leader Tom Verner visited the port.\n\nThe Harbour Party leader claimed the mayor was behind the night meetings.")]
    [InlineData("Tom Verner said the mayor had lied. The Harbour Party presidential candidate claimed the mayor was behind the night meetings.")]
    public void The_leader_named_or_just_heard_speaks(string body)
    {
        var doc = Extract(body);
        doc.Require("person:tom-verner", Stance.Said, "night meetings");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:harbour-party");
    }

    [Fact]
    public void With_no_one_named_so_the_organisation_keeps_it() =>
        Extract("The Harbour Party presidential candidate claimed the mayor was behind the night meetings.").Require("institution:harbour-party", Stance.Said, "night meetings");
}
