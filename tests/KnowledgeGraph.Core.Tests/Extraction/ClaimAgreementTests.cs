using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "We" read as the speaker's country takes a singular verb in the claim ("Mexico is", "Mexico does"); an open question
/// ("It is not confirmed if …") denies nothing. Invented sentences.
/// </summary>
public sealed class ClaimAgreementTests
{
    [Theory]
    [InlineData("\"We do not want sanctions against Mexico, but we are in the process of dialogue,\" Mexican President Claudia Sheinbaum said.", "Mexico does not want sanctions", "Mexico is in the process")]
    [InlineData("\"We don't accept the blockade, and we have sent aid,\" Mexican President Claudia Sheinbaum said.", "Mexico does accept the blockade", "Mexico has sent aid")]
    public void The_verb_after_we_read_as_a_country_agrees_with_it(string sentence, string first, string second)
    {
        var s = Assert.Single(Seeds.Extract("agree.txt", sentence).Statements);
        Assert.Contains(first, s.Claim, StringComparison.Ordinal);
        Assert.Contains(second, s.Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Police officer Ravi Menon said it is not confirmed if there was negligence at the hospital.")]
    [InlineData("Police officer Ravi Menon said it is not yet clear whether the doctors were present at the hospital.")]
    public void A_question_left_open_denies_nothing(string sentence)
    {
        var doc = Invented.Extract("open.txt", "Hospital death\n\n" + sentence);
        Assert.Contains(doc.Statements, x => x.SpeakerId == "person:ravi-menon" && x.Stance == Stance.Said);
        Assert.DoesNotContain(doc.Statements, x => x.Stance == Stance.Denied);
    }
}
