using KnowledgeGraph.Core.Tests.Support;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Quintbank Head of Communications, Tom Hale, explained …", "Harbour Rovers Media Manager, Tom Hale, said …": the person
/// set off by commas after an organisation's role written in capitals speaks, not the organisation, as after a role in
/// lower case ("Quintbank education spokesperson, Tom Hale, said"). Invented sentences.
/// </summary>
public sealed class CapitalisedRoleApposedNameTests
{
    [Theory]
    [InlineData("Quintbank has dismissed reports of a merger.\n\nQuintbank Head of Communications, Tom Hale, explained that the meeting was routine.")]
    [InlineData("Quintbank has dismissed reports of a merger.\n\nSpeaking on the matter, Quintbank Media Manager, Tom Hale, explained that the meeting was routine.")]
    [InlineData("Quintbank has dismissed reports of a merger.\n\nQuintbank media spokesperson, Tom Hale, explained that the meeting was routine.")]
    public void The_apposed_person_speaks(string text)
    {
        var doc = Invented.Extract("role.txt", "Bank row\n\n" + text);
        var s = Assert.Single(doc.Statements, x => x.Evidence.Contains("routine", StringComparison.Ordinal));
        Assert.Equal("Tom Hale", doc.Entities.Single(e => e.Id == s.SpeakerId).Name);
    }
}
