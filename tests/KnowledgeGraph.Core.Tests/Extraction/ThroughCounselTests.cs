using KnowledgeGraph.Core.Tests.Support;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Daniel Okonkwo through his lawyer Femi Adeyemi said …": one who speaks through counsel named before the verb is the
/// speaker, not the lawyer; a lawyer who speaks in a clause of their own still speaks. Invented sentences.
/// </summary>
public sealed class ThroughCounselTests
{
    [Theory]
    [InlineData("Former minister Daniel Okonkwo through his lawyer Femi Adeyemi said that the harbour audit was flawed.")]
    [InlineData("Former minister Daniel Okonkwo, through his lawyer Femi Adeyemi, said that the harbour audit was flawed.")]
    [InlineData("Former minister Daniel Okonkwo through Advocate Femi Adeyemi contended that the harbour audit was flawed.")]
    [InlineData("Former minister Daniel Okonkwo through his counsel, Femi Adeyemi, said that the harbour audit was flawed.")]
    public void The_one_who_speaks_through_counsel_is_the_speaker(string sentence)
    {
        var doc = Invented.Extract("counsel.txt", "Minister sues critic\n\n" + sentence);
        var speaker = doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId);
        Assert.Equal("Daniel Okonkwo", speaker.Name);
    }

    [Theory]
    [InlineData("Daniel Okonkwo stayed away. His lawyer Femi Adeyemi said that the harbour audit was flawed.")]
    [InlineData("Daniel Okonkwo sat silent while his lawyer Femi Adeyemi said that the harbour audit was flawed.")]
    public void A_lawyer_in_a_clause_of_their_own_speaks(string sentence)
    {
        var doc = Invented.Extract("counsel.txt", "Minister sues critic\n\n" + sentence);
        Assert.Contains(doc.Statements, s => doc.Entities.Single(e => e.Id == s.SpeakerId).Name == "Femi Adeyemi");
    }
}
