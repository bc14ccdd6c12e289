using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "Colombia's prosecutor": a country's role noun is the person of that country whose role fits it, or one of that country
/// whose role the text never gives; never a compatriot whose role is another.
/// Invented text.
/// </summary>
public sealed class CountryRoleTests
{
    [Fact]
    public void A_countrys_prosecutor_is_not_its_president()
    {
        var doc = Invented.Extract("country-role.txt",
            "Colombian President Tomas Ferreira denied the report on Sunday, calling it a fabrication by his rivals.\n\n" +
            "In a statement, Colombia\u2019s prosecutor\u2019s office said the case was under investigation by a special unit.");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "person:tomas-ferreira" && x.Evidence.Contains("under investigation", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kenya\u2019s interior minister Tuesday hit back at claims that police carried out 121 killings this year.")]
    [InlineData("Kenya\u2019s interior minister on Tuesday hit back at claims that police carried out 121 killings this year.")]
    public void A_countrys_role_noun_is_the_person_named_next_in_a_role_that_fits(string lead)
    {
        var doc = Invented.Extract("country-role.txt", lead + "\n\n" +
            "In a news conference, Cabinet Secretary Tom Reyes said that such incidents involved a few rogue officers.");
        doc.Require("person:tom-reyes", Stance.Denied, "police carried out");
    }
}
