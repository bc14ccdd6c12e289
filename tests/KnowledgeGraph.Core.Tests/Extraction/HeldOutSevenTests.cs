using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Constructions met on fresh real articles, each written here as an invented sentence: "hype" and "drivel" as verdicts,
/// "another example of fake news" as a verdict alone, a club named by a city and a word that is no English word ("Paris
/// Saint-Germain"), a surname that is also a title ("…,” wrote Singer."), and "the former X star" as the person the
/// article is about.
/// </summary>
public sealed class HeldOutSevenTests
{
    [Theory]
    [InlineData("describing the leaked documents as \"hype\".", "leaked documents")]
    [InlineData("who said the report was drivel.", "report was drivel")]
    public void Hype_and_drivel_are_verdicts(string tail, string evidence)
    {
        var doc = Invented.Extract("hype.txt", "Minister hits back\n\nImmigration minister Peter Dutton spoke on Tuesday, " + tail);
        var dutton = Assert.Single(doc.Entities, e => e.Name == "Peter Dutton");
        doc.Require(dutton.Id, Stance.Denied, evidence);
    }

    [Theory]
    [InlineData("Another example of fake news", Stance.Denied)]
    [InlineData("A pack of lies", Stance.Denied)]
    [InlineData("Another example of good work", Stance.Said)]
    public void A_case_of_a_falsehood_alone_is_a_verdict(string quote, Stance stance)
    {
        var doc = Invented.Extract("example.txt",
            "Minister hits back\n\nImmigration minister Peter Dutton spoke on Tuesday.\n\n\"" + quote + ",\" Dutton tweeted.");
        var dutton = Assert.Single(doc.Entities, e => e.Name == "Peter Dutton");
        doc.Require(dutton.Id, stance, quote);
    }

    [Fact]
    public void A_city_and_a_word_that_is_no_english_word_name_one_club()
    {
        var doc = Invented.Extract("club.txt",
            "Club denies signing\n\nParis Saint-Germain said on Monday it had not signed the player, calling the reports false.");
        var club = Assert.Single(doc.Entities, e => e.Name == "Paris Saint-Germain");
        Assert.Equal(EntityKind.Institution, club.Kind);
        doc.Require(club.Id, Stance.Denied, "had not signed the player");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Government of France");
    }

    [Fact]
    public void A_city_and_an_english_word_stay_apart()
    {
        var doc = Invented.Extract("agreement.txt",
            "Treaty signed\n\nThe Paris Agreement was signed by forty states, the French foreign ministry said on Monday.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Paris Agreement");
    }

    [Fact]
    public void A_surname_that_is_also_a_title_is_the_persons_where_the_article_writes_it_alone()
    {
        var doc = Invented.Extract("singer.txt",
            "Spokesman denies remark\n\nThe spokesman, Andre Singer, spoke on Monday.\n\n“It is simply not true that the president said that,” wrote Singer.");
        var singer = Assert.Single(doc.Entities, e => e.Name == "Andre Singer");
        doc.Require(singer.Id, Stance.Denied, "simply not true");
    }

    [Fact]
    public void The_former_club_star_is_the_person_the_article_is_about()
    {
        var doc = Invented.Extract("star.txt",
            "Okocha denies criticism\n\nFormer captain Austin Okocha has denied claims that he criticised the federation.\n\n" +
            "Speaking on radio, the former Harlow Rovers star rejected the rumors, saying he gave no interview.");
        var okocha = Assert.Single(doc.Entities, e => e.Name == "Austin Okocha");
        doc.Require(okocha.Id, Stance.Denied, "rejected the rumors");
        Assert.DoesNotContain(doc.Statements, s => doc.Entities.Single(e => e.Id == s.SpeakerId).Name == "Harlow Rovers");
    }
}
