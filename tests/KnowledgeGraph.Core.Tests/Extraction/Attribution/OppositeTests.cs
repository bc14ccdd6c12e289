using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "Trump has said there are talks; the ministry claims the opposite", "Okafor said the port was sold. Reyes said
/// otherwise.": saying the opposite of what another speaker just said denies it; a semicolon closes the first statement's
/// content before the second clause. Invented text.
/// </summary>
public sealed class OppositeTests
{
    [Theory]
    [InlineData("Maria Okafor has said there are talks on the port; Tom Reyes claims the opposite.")]
    [InlineData("Maria Okafor has said there are talks on the port. Tom Reyes said otherwise.")]
    public void Saying_the_opposite_of_another_speaker_denies_what_they_said(string text)
    {
        var doc = Invented.Extract("opposite.txt", text);
        Assert.Equal("There are talks on the port", doc.Require("person:maria-okafor", Stance.Said, "there are talks").Claim);
        Assert.Equal("There are talks on the port", doc.Require("person:tom-reyes", Stance.Denied, "Tom Reyes").Claim);
    }

    [Theory]
    [InlineData("Maria Okafor has said there are talks on the port. Tom Reyes said the opposite was true of the north terminal.")]
    [InlineData("Maria Okafor has said there are talks on the port. Later she said otherwise.")]
    public void The_opposite_of_something_else_or_of_oneself_denies_no_one_else(string text)
    {
        var doc = Invented.Extract("opposite.txt", text);
        Assert.DoesNotContain(doc.Statements, s => s.Stance == Stance.Denied && s.Claim == "There are talks on the port" && s.SpeakerId != "person:maria-okafor");
        Assert.DoesNotContain(doc.Statements, s => s.Stance == Stance.Denied && s.SpeakerId == "person:maria-okafor");
    }
}
