using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// A ministry written in lower case (issue 13 §3): its portfolio and the country before it make an institution named as
/// the gold convention names ministries ("Ministry of Interior of Kenya"); a later "the ministry" or "the interior
/// ministry" is the same one. Invented sentences.
/// </summary>
public sealed class LowerCaseMinistryTests
{
    private static ExtractedDocument Extract(string body) => Invented.Extract("ministry.txt", body);

    [Theory]
    [InlineData("Kenya's interior ministry said the harbour curfew would end on Friday.")]
    [InlineData("The Kenyan interior ministry said the harbour curfew would end on Friday.")]
    [InlineData("A spokesman for Kenya's interior ministry said the harbour curfew would end on Friday.")]
    public void A_countrys_lower_case_ministry_is_an_institution_that_speaks(string sentence)
    {
        var doc = Extract(sentence);
        var ministry = doc.Entities.Single(e => e.Name == "Ministry of Interior of Kenya");
        Assert.Equal(EntityKind.Institution, ministry.Kind);
        doc.Require(ministry.Id, Stance.Said, "curfew would end");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:government-of-kenya");
    }

    [Theory]
    [InlineData("Kenyan health authorities on Saturday refuted rumours of a cholera outbreak at the harbour.")]
    [InlineData("Kenya's health authorities on Saturday refuted rumours of a cholera outbreak at the harbour.")]
    public void A_countrys_portfolio_authorities_are_its_ministry(string sentence)
    {
        var doc = Extract(sentence);
        var ministry = doc.Entities.Single(e => e.Name == "Ministry of Health of Kenya");
        doc.Require(ministry.Id, Stance.Denied, "cholera outbreak");
    }

    [Theory]
    [InlineData("Health authorities on Saturday refuted rumours of a cholera outbreak at the harbour.")]
    [InlineData("Kenyan foreign authorities on Saturday refuted rumours of a cholera outbreak at the harbour.")]
    public void Portfolio_authorities_of_no_country_or_foreign_ones_are_no_ministry(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Entities, e => e.Name.StartsWith("Ministry of", StringComparison.Ordinal));

    [Fact]
    public void The_ministry_and_the_bare_portfolio_later_are_the_same_ministry()
    {
        var doc = Extract("Kenya's health ministry said 40 dockers had fallen ill. The ministry added that the clinics were open.\n\n" +
            "Protests spread along the harbour on Monday. The health ministry said the port would stay closed.");
        var ministry = doc.Entities.Single(e => e.Name == "Ministry of Health of Kenya");
        doc.Require(ministry.Id, Stance.Said, "dockers had fallen ill");
        doc.Require(ministry.Id, Stance.Said, "clinics were open");
        doc.Require(ministry.Id, Stance.Said, "port would stay closed");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Ministry of Health");
    }

    [Fact]
    public void A_foreign_ministry_the_registry_knows_is_the_registrys()
    {
        var doc = Extract("Iran's foreign ministry said the envoy had been recalled from the harbour city.");
        doc.Require("institution:ministry-of-foreign-affairs-of-iran", Stance.Said, "envoy had been recalled");
    }

    [Fact]
    public void A_portfolio_ministry_and_the_ministry_of_that_portfolio_are_one()
    {
        var doc = Extract("The Harbour Ministry on Wednesday dismissed as baseless claims that the report was leaked.\n\n" +
            "Critics had alleged that the report was leaked by the Ministry of Harbour Affairs or by the Ministry of Health.");
        var ministry = doc.Entities.Single(e => e.Name == "Ministry of Harbour Affairs");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Harbour Ministry");
        Assert.Contains(doc.Entities, e => e.Name == "Ministry of Health");
        Assert.Contains(doc.Statements, s => s.SpeakerId == ministry.Id && s.Evidence.Contains("dismissed as baseless", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The ministry said the harbour curfew would end on Friday.")]
    [InlineData("The new ministry said the harbour curfew would end on Friday.")]
    [InlineData("Dockers asked the ministry of the harbour to end the curfew.")]
    public void A_ministry_with_no_portfolio_makes_no_entity(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Entities, e => e.Name.StartsWith("Ministry", StringComparison.Ordinal));

    [Fact]
    public void The_foreign_office_is_the_foreign_ministry_of_the_country_the_article_speaks_for()
    {
        var doc = Extract("Indonesia rejected the report on Saturday. The accusation is entirely baseless, the foreign office said in a statement.");
        var denial = Assert.Single(doc.Statements, s => s.Evidence.StartsWith("The accusation", StringComparison.Ordinal));
        Assert.Equal("Ministry of Foreign Affairs of Indonesia", doc.Entities.Single(e => e.Id == denial.SpeakerId).Name);
        Assert.Equal(Stance.Denied, denial.Stance);
    }

    [Fact]
    public void Another_office_is_no_ministry()
    {
        var doc = Extract("Indonesia rejected the report on Saturday. The accusation is baseless, the press office said in a statement.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("Ministry", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Prime Minister's Office said on Monday that the premier would stay in office.", "Prime Minister's Office")]
    [InlineData("The Palm Beach County State Attorney\u2019s Office said on Monday that the premier would stay in office.", "Palm Beach County State Attorney\u2019s Office")]
    [InlineData("The District Attorney's office said on Monday that the premier would stay in office.", "District Attorney's office")]
    public void A_titles_office_is_an_institution_that_speaks(string sentence, string name)
    {
        var doc = Extract(sentence);
        var office = Assert.Single(doc.Entities, e => e.Name == name);
        Assert.Equal(EntityKind.Institution, office.Kind);
        doc.Require(office.Id, Stance.Said, "premier would stay");
    }

    [Fact]
    public void A_named_persons_office_stays_the_persons()
    {
        var doc = Extract("Port director Femi Bello's office said on Monday that the terminal would stay open.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("office", StringComparison.OrdinalIgnoreCase));
        doc.Require(Assert.Single(doc.Entities, e => e.Name == "Femi Bello").Id, Stance.Said, "terminal would stay open");
    }

    [Theory]
    [InlineData("The U.S. military on Friday disputed claims that the airstrike had killed civilians.", "U.S. military")]
    [InlineData("The UK army said on Friday that the airstrike had killed no civilians.", "UK army")]
    [InlineData("Kenya's army on Friday denied claims that the airstrike had killed civilians.", "Kenya's army")]
    [InlineData("The airstrike had killed no civilians, Kenya's military said.", "Kenya's military")]
    [InlineData("U.S. forces in Afghanistan are disputing reports that the airstrike had killed civilians.", "U.S. forces")]
    [InlineData("UK troops on Friday denied that the airstrike had killed civilians.", "UK troops")]
    public void A_countrys_military_is_an_institution_not_its_government(string sentence, string name)
    {
        var doc = Extract(sentence);
        var military = Assert.Single(doc.Entities, e => e.Name == name);
        Assert.Equal(EntityKind.Institution, military.Kind);
        Assert.Equal(military.Id, Assert.Single(doc.Statements).SpeakerId);
    }

    [Theory]
    [InlineData("The Pentagon denied reports that troops fired on two U.S. military helicopters near the border.")]
    [InlineData("The ministry said Kenya's military training in the north would go on.")]
    [InlineData("The ministry said Kenya's army barracks would close.")]
    public void Military_before_a_noun_it_describes_names_nothing(string sentence)
    {
        var doc = Extract(sentence);
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("military", StringComparison.Ordinal) || e.Name.Contains("army", StringComparison.Ordinal));
    }

    [Fact]
    public void Forces_that_do_not_speak_are_no_body_of_the_story()
    {
        var doc = Extract("The ministry said missiles were fired at U.S. troops stationed at two bases, and that no one was hurt.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("troops", StringComparison.Ordinal));
    }
}
