using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// A company's legal form written in capitals ("AG", "KGaA") closes its name, which stays one institution and never a
/// person, whatever title stands before it; one in lower case ("plc", "ltd") between the name and its verb leaves the
/// company speaking. Invented sentences.
/// </summary>
public sealed class CompanyLegalFormTests
{
    [Theory]
    [InlineData("Forklift maker Quandt AG has denied rumours it is considering a merger with Borel Gases.", "Quandt AG")]
    [InlineData("Brauhaus Kessel KGaA said on Monday that its sales had risen.", "Brauhaus Kessel KGaA")]
    [InlineData("Quandt SA said it was aware of the messages asking customers to return the gas bottles.", "Quandt SA")]
    public void A_legal_form_in_capitals_closes_the_companys_name(string sentence, string name)
    {
        var doc = Invented.Extract("form.txt", "Gas merger talk in Munich\n\n" + sentence);
        var company = Assert.Single(doc.Entities, e => e.Name == name);
        Assert.Equal(EntityKind.Institution, company.Kind);
        Assert.Contains(doc.Statements, x => x.SpeakerId == company.Id);
        Assert.DoesNotContain(doc.Entities, e => e.Name is "AG" or "KGaA" or "SA");
    }

    [Fact]
    public void A_title_before_a_company_with_its_legal_form_makes_no_person()
    {
        var doc = Invented.Extract("form.txt",
            "Quandt AG denies merger\n\nQuandt AG said on Monday that reports of a merger with Borel Gases were false.\n\nDr. Hanna Brandt, CEO of Quandt AG");
        Assert.DoesNotContain(doc.Entities, e => e.Kind == EntityKind.Person && e.Name.EndsWith("AG", StringComparison.Ordinal));
        Assert.Contains(doc.Entities, e => e.Kind == EntityKind.Institution && e.Name == "Quandt AG");
    }

    [Fact]
    public void An_attorney_general_written_AG_is_no_company()
    {
        var doc = Invented.Extract("form.txt", "Ruling on the harbour\n\nThe state AG Mark Tolland said the law was clear on the harbour lease.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.EndsWith(" AG", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Harlow Electronics Co. said on Monday that the cyber attack did not cause significant damage.", "Harlow Electronics Co.", "Harlow Electronics")]
    [InlineData("Brauhaus Kessel KGaA said on Monday that its sales had risen.", "Brauhaus Kessel KGaA", "Brauhaus Kessel")]
    public void The_name_without_its_legal_form_is_an_alias(string sentence, string name, string alias)
    {
        var doc = Invented.Extract("form.txt", "Company results\n\n" + sentence);
        Assert.Contains(alias, Assert.Single(doc.Entities, e => e.Name == name).Aliases);
    }

    [Theory]
    [InlineData("Quandt Mining plc refuted allegations that it had bribed officials at the mine.", Stance.Denied)]
    [InlineData("Quandt Mining ltd said on Monday that its sales had risen sharply in Munich.", Stance.Said)]
    public void A_legal_form_in_lower_case_before_the_verb_leaves_the_company_speaking(string sentence, Stance stance)
    {
        var doc = Invented.Extract("form.txt", "Gas merger talk in Munich\n\n" + sentence);
        var company = Assert.Single(doc.Entities, e => e.Name == "Quandt Mining");
        Assert.Equal(stance, Assert.Single(doc.Statements, x => x.SpeakerId == company.Id).Stance);
    }

    [Fact]
    public void A_brand_of_letters_and_digits_after_its_introducing_noun_opens_the_name()
    {
        var doc = Invented.Extract("form.txt", "Dating rumours in Munich\n\nThe singer's agency 7ebo Entertainment said \"The dating rumours are unfounded. The two are not even acquainted.\"");
        var agency = Assert.Single(doc.Entities, e => e.Name == "7ebo Entertainment");
        doc.Require(agency.Id, Stance.Denied, "not even acquainted");
        Assert.DoesNotContain(doc.Statements, x => x.ReportedBy.Contains(agency.Id));
    }
}
