using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Titles of courtesy or honour ("Tan Sri", "Sardar"): no part of the name after them, and no office, so the office
/// before them is the person's role ("the minister" said after "Minister for Ports Sardar X"). "The minister" is not the
/// chief minister named later. Invented sentences.
/// </summary>
public sealed class CourtesyTitleTests
{
    [Theory]
    [InlineData("Harbour Alliance chairman Tan Sri Razak Osman today described the allegations as slander.", "Razak Osman")]
    [InlineData("Port Minister Sardar Awais Qadri on Thursday described the allegations as slander.", "Awais Qadri")]
    [InlineData("Tan Chee Keong said the allegations were slander.", "Tan Chee Keong")]
    [InlineData("Mentri Besar Tan Sri Razak Osman refuted the allegations made by the opposition.", "Razak Osman")]
    [InlineData("Yesterday the Harbour Mentri Besar Tan Sri Razak Osman refuted the allegations made by the opposition.", "Razak Osman")]
    public void A_courtesy_is_no_part_of_the_name(string sentence, string name)
    {
        var doc = Invented.Extract("courtesy.txt", "Harbour row\n\n" + sentence);
        Assert.Equal(name, doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId).Name);
    }

    [Fact]
    public void The_office_before_a_courtesy_is_the_role_and_the_minister_is_not_the_chief_minister()
    {
        var doc = Invented.Extract("courtesy.txt", "Minister rejects harbour claims\n\n" +
            "Minister for Ports and Shipping Division Sardar Awais Qadri on Thursday rejected allegations leveled by Chief Minister Pervaiz Dogar and termed them baseless.\n\n" +
            "In a statement issued here, the minister said small harbour projects were launched in the province.");
        var qadri = doc.Entities.Single(e => e.Name == "Awais Qadri").Id;
        Assert.Equal(qadri, doc.Statements.Single(s => s.Evidence.Contains("small harbour projects", StringComparison.Ordinal)).SpeakerId);
    }

    [Fact]
    public void A_courtesy_after_an_office_set_off_by_a_comma_still_gives_the_person()
    {
        var doc = Invented.Extract("courtesy.txt", "Harbour row\n\n" +
            "The minister, in a written request by his Counsel, Mr Gabby Ochere-Dako, sought further particulars on the harbour motion.");
        Assert.Contains(doc.Entities, e => e.Name == "Gabby Ochere-Dako" && e.Kind == EntityKind.Person);
    }

    [Fact]
    public void The_office_before_an_honour_of_two_words_is_no_person()
    {
        var doc = Invented.Extract("courtesy.txt", "Harbour row\n\nMentri Besar Tan Sri Razak Osman refuted the allegations made by the opposition.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("Mentri", StringComparison.Ordinal));
    }
}
