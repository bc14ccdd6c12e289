using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "A board official expressed frustration …" ¶ "“…,” the official said." ¶ "“…,” he added.": an unnamed official
/// introduced as an organisation's speaks for it when "the official" speaks again and when "he" goes on, not the last
/// man the article named; so is "the media advisor" after "the media advisor at X". An official introduced with no
/// organisation stays no one's. Invented sentences.
/// </summary>
public sealed class UnnamedOfficialTests
{
    private const string Lead =
        "Rowing\n\nThe Kenya Rowing Federation denied a rift between the crews and coach Peter Omondi.\n\n" +
        "A federation official expressed frustration at the stories in the local media.\n\n";

    [Fact]
    public void The_official_speaks_for_the_organisation_introduced_with_him()
    {
        var doc = Invented.Extract("official.txt", Lead + "“It is sad because the crews need support right now,” the official said.");
        var federation = Assert.Single(doc.Entities, e => e.Name == "Kenya Rowing Federation");
        doc.Require(federation.Id, Stance.Said, "It is sad because");
    }

    [Fact]
    public void The_official_named_by_a_demonym_is_the_countrys_body_introduced_paragraphs_before()
    {
        var doc = Invented.Extract("embassy.txt",
            "An official at the Norwegian Embassy in Nairobi said on Monday that ties between Norway and Kenya were strong.\n\n" +
            "Ties have soured since the election.\n\nThe Daily Nation published an article this week.\n\n" +
            "Two meetings were between Foreign Minister Jane Wanjiru and Crown Prince Haakon Olsen last year.\n\n" +
            "The Norwegian official said the meeting between the crown prince and Wanjiru was cordial and respectful.");
        var embassy = Assert.Single(doc.Entities, e => e.Name.StartsWith("Embassy of Norway", StringComparison.Ordinal));
        doc.Require(embassy.Id, Stance.Said, "cordial and respectful");
    }

    [Theory]
    [InlineData("\u201CThe claims are not true,\u201D the federation's press officer said.")]
    [InlineData("\u201CThe claims are not true,\u201D a federation press officer said.")]
    public void A_press_officer_of_the_organisation_speaks_for_it(string sentence)
    {
        var doc = Invented.Extract("officer.txt", "Rowing\n\nThe Kenya Rowing Federation met on Monday.\n\n" + sentence);
        var federation = Assert.Single(doc.Entities, e => e.Name == "Kenya Rowing Federation");
        doc.Require(federation.Id, Stance.Denied, "claims are not true");
    }

    [Fact]
    public void He_goes_on_with_the_official_not_the_last_man_named()
    {
        var doc = Invented.Extract("official.txt", Lead +
            "“It is sad because the crews need support right now,” the official said.\n\n“Every time we lose, such stories come out,” he added.");
        var federation = Assert.Single(doc.Entities, e => e.Name == "Kenya Rowing Federation");
        doc.Require(federation.Id, Stance.Said, "Every time we lose");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId.Contains("omondi", StringComparison.Ordinal));
    }

    [Fact]
    public void An_official_of_no_organisation_stays_no_ones()
    {
        var doc = Invented.Extract("official.txt",
            "Rowing\n\nThe Kenya Rowing Federation denied a rift between the crews and coach Peter Omondi.\n\n" +
            "A senior official expressed frustration at the stories in the local media.\n\n" +
            "“It is sad because the crews need support right now,” the official said.");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("It is sad", StringComparison.Ordinal));
    }

    [Fact]
    public void The_official_introduced_with_at_and_the_organisation_speaks_for_it_again()
    {
        var doc = Invented.Extract("official.txt",
            "Rowing\n\nThe media advisor at the Kenya Rowing Federation denied all the remarks about the crews.\n\n" +
            "The media advisor also denied that coach Peter Omondi had been sacked by the federation.");
        var federation = Assert.Single(doc.Entities, e => e.Name == "Kenya Rowing Federation");
        doc.Require(federation.Id, Stance.Denied, "had been sacked");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId.Contains("omondi", StringComparison.Ordinal));
    }
}
