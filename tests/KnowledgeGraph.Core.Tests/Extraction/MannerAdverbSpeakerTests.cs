using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Zentrix has categorically denied …", "Zentrix flatly rejected …": a manner adverb between an unknown one-word name and
/// its verb of speech or denial still makes the name a speaker, as the bare verb does; an adverb before a verb of no
/// speech makes nothing of the word. Invented sentences.
/// </summary>
public sealed class MannerAdverbSpeakerTests
{
    [Theory]
    [InlineData("Zentrix has categorically denied its messaging app is used to spy on users.")]
    [InlineData("Zentrix flatly rejected reports that its messaging app is used to spy on users.")]
    [InlineData("Zentrix strongly denied that its messaging app is used to spy on users.")]
    public void A_name_before_an_adverb_and_a_verb_of_denial_speaks(string sentence)
    {
        var doc = Invented.Extract("adverb.txt", "App maker responds\n\n" + sentence);
        var firm = Assert.Single(doc.Entities, e => e.Name == "Zentrix");
        Assert.Equal(EntityKind.Institution, firm.Kind);
        doc.Require(firm.Id, Stance.Denied, "spy on users");
    }

    [Fact]
    public void An_adverb_before_a_verb_of_no_speech_makes_no_name()
    {
        var doc = Invented.Extract("adverb.txt", "App maker responds\n\nZentrix quickly became the most popular app in the region.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Zentrix");
    }
}
