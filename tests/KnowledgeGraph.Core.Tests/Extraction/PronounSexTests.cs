using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Who "she" is after a sentence that names someone else in passing: the names of a relative clause set off by dashes
/// are not the sentence's subject, and a man introduced as someone's husband (son, brother) is no "she", also when the
/// kin noun is set off before the name ("her brother, Tom Reyes") or after it ("Jane Roe, the sister of …"). Invented sentences.
/// </summary>
public sealed class PronounSexTests
{
    [Fact]
    public void A_name_inside_a_dashed_relative_clause_is_not_the_subject()
    {
        var doc = Invented.Extract("dashed.txt",
            "Star Denies Rumours\n\nJane Roe was forced to deny that she is pregnant.\n\n" +
            "A magazine posted photos of the star on holiday with husband Mark Hollis and because she was smiling, she must be pregnant.\n\n" +
            "“She is not pregnant,” her rep added.\n\nThe actress — who married Hollis in 2015 — has faced speculation for years.\n\n" +
            "“This is said about me all the time,” she told Allure.");
        var roe = Assert.Single(doc.Entities, e => e.Name == "Jane Roe");
        doc.Require(roe.Id, Stance.Said, "said about me all the time");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("said about me", StringComparison.Ordinal) && s.SpeakerId != roe.Id);
    }

    [Fact]
    public void A_husband_is_not_she_though_a_she_follows_his_name()
    {
        var doc = Invented.Extract("husband.txt",
            "Star Denies Rumours\n\nJane Roe was forced to deny that she is pregnant.\n\n" +
            "A magazine posted photos of the star with husband Mark Hollis and because she was smiling, she must be pregnant.\n\n" +
            "Hollis was seen in Rome on Monday.\n\n“This is said about me all the time,” she told Allure.");
        var roe = Assert.Single(doc.Entities, e => e.Name == "Jane Roe");
        doc.Require(roe.Id, Stance.Said, "said about me all the time");
    }

    [Fact]
    public void A_wife_is_not_he()
    {
        var doc = Invented.Extract("wife.txt",
            "Minister Denies Claims\n\nTom Hale was forced to deny that he had lied to parliament.\n\n" +
            "Photos showed the minister with wife Clara Bennet, and because he looked tired, he must be resigning.\n\n" +
            "Bennet was seen in Rome on Monday.\n\n“This is said about me all the time,” he told the Herald.");
        var hale = Assert.Single(doc.Entities, e => e.Name == "Tom Hale");
        doc.Require(hale.Id, Stance.Said, "said about me all the time");
    }

    [Fact]
    public void A_kin_noun_set_off_beside_a_name_gives_its_sex()
    {
        var doc = Invented.Extract("kin.txt",
            "Prison row\n\nActivist Jane Roe, the sister of two jailed dockers, published a post saying that her brother, Tom Reyes, " +
            "recorded his testimony in front of the harbour prosecutors this month. In his testimony, he said that he heard other inmates being beaten.");
        doc.Require("person:tom-reyes", Stance.Said, "heard other inmates");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:jane-roe" && s.Evidence.Contains("heard other inmates", StringComparison.Ordinal));
    }
}
