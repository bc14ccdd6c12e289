using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Police Public Relations Officer, Moshood Jimoh denied …" ¶ "The police spokesman also said …": a capitalised office
/// before a comma and the name is the person's role, and the body's spokesman the article has named is that person, not
/// the body. Invented sentences.
/// </summary>
public sealed class NamedSpokesmanTests
{
    private const string Lead = "Police deny claims\n\nThe Harbour Police has denied claims by a militia that it abducted officers.\n\n" +
        "Police Public Relations Officer, Tunde Bakare denied the claim.\n\n";

    [Fact]
    public void A_capitalised_office_before_the_comma_is_the_persons_role()
    {
        var doc = Invented.Extract("office.txt", Lead);
        var bakare = Assert.Single(doc.Entities, e => e.Name == "Tunde Bakare");
        Assert.Equal("Police Public Relations Officer", bakare.Role);
    }

    [Theory]
    [InlineData("The Police Public Relations Officer in the state, SP Tunde Bakare, said no one was killed.", "Police Public Relations Officer")]
    [InlineData("The Harbour Club Communications Officer on Monday said no one was killed.", "Harbour Club Communications Officer")]
    public void An_office_with_words_before_the_name_is_no_organisation(string sentence, string office)
    {
        var doc = Invented.Extract("office.txt", "Deaths denied\n\n" + sentence);
        Assert.DoesNotContain(doc.Entities, e => e.Name == office);
    }

    [Fact]
    public void An_office_of_someone_stays_an_organisation()
    {
        var doc = Invented.Extract("office.txt", "Deaths denied\n\nThe Office of the Harbour Police Commissioner said no one was killed.");
        Assert.Contains(doc.Entities, e => e.Name.StartsWith("Office of the Harbour Police", StringComparison.Ordinal) && e.Kind == EntityKind.Institution);
    }

    [Fact]
    public void The_bodys_spokesman_is_the_one_the_article_named()
    {
        var doc = Invented.Extract("spokesman.txt", Lead + "The police spokesman also said the video was being studied by the command.");
        var bakare = Assert.Single(doc.Entities, e => e.Name == "Tunde Bakare");
        doc.Require(bakare.Id, Stance.Said, "video was being studied");
    }

    [Fact]
    public void Without_a_named_spokesman_the_body_speaks()
    {
        var doc = Invented.Extract("body.txt",
            "Police deny claims\n\nThe Harbour Police has denied claims by a militia that it abducted officers.\n\n" +
            "The police spokesman also said the video was being studied by the command.");
        var police = Assert.Single(doc.Entities, e => e.Name == "Harbour Police");
        doc.Require(police.Id, Stance.Said, "video was being studied");
    }
}
