using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Chinese journalist Gao Yu said …" ¶ "Gao alleged …": a person's first word (a family name written first) that the
/// article has speak alone is the person's, even where a gazetteer place has that name (Gao, a town of Mali), since a
/// place never speaks; an article that writes the word alone only as a place keeps it a place. Invented sentences.
/// </summary>
public sealed class FamilyNameOverPlaceTests
{
    [Fact]
    public void A_first_word_that_speaks_alone_is_the_persons()
    {
        var doc = Invented.Extract("gao.txt", "App row\n\nChinese journalist Gao Yu said the app is used to monitor users.\n\n" +
            "Gao alleged in a post on Tuesday that the police kept a forensics centre.\n\nGao said the data was stored for years.");
        var gao = Assert.Single(doc.Entities, e => e.Name == "Gao Yu");
        doc.Require(gao.Id, Stance.Said, "forensics centre");
        doc.Require(gao.Id, Stance.Said, "stored for years");
    }

    [Fact]
    public void A_place_the_article_never_has_speak_stays_a_place()
    {
        var doc = Invented.Extract("gao.txt", "Mali news\n\nAid worker Gao Yu said the roads were closed after the floods.\n\nFighting in Gao went on for a week, and Gao was cut off.");
        Assert.Contains(doc.Entities, e => e.Name == "Gao" && e.Kind == EntityKind.Place);
    }
}
