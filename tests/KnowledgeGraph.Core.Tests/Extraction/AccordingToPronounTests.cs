using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "According to her, no curfew …", "According to him: “…”": after "to" a pronoun takes its object form and stands for whom
/// its subject form would; "according to her lawyer" is the lawyer's, not hers; "According to the opposition spokesman, Sam
/// Eze, at least ten patients died": the name set off after the role is the source's, no part of the claim. Invented
/// sentences.
/// </summary>
public sealed class AccordingToPronounTests
{
    [Theory]
    [InlineData("According to her, no curfew of any kind is imposed in Kagara and the markets are open.")]
    [InlineData("According to her: “No curfew of any kind is imposed in Kagara and the markets are open.”")]
    public void An_object_pronoun_after_according_to_is_the_last_person(string sentence)
    {
        var doc = Invented.Extract("according.txt", "Governor denies curfew\n\nGovernor Ann Bello visited Kagara on Monday.\n\n" + sentence);
        var s = Assert.Single(doc.Statements);
        Assert.Equal(("Ann Bello", Stance.Denied), (doc.Entities.Single(e => e.Id == s.SpeakerId).Name, s.Stance));
        Assert.Contains("curfew", s.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_possessive_pronoun_names_someone_else()
    {
        var doc = Invented.Extract("according.txt", "Singer to appeal\n\nThe singer Ann Bello lost her case on Monday.\n\nAccording to her lawyer, the singer will appeal the ruling next month.");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("appeal", StringComparison.Ordinal));
    }

    [Fact]
    public void The_name_set_off_after_the_role_is_no_part_of_the_claim()
    {
        var doc = Invented.Extract("according.txt", "Deaths reported\n\nAccording to the opposition spokesman, Sam Eze, at least ten patients died at the hospital.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal("Sam Eze", doc.Entities.Single(e => e.Id == s.SpeakerId).Name);
        Assert.Equal("At least ten patients died at the hospital", s.Claim);
    }
}
