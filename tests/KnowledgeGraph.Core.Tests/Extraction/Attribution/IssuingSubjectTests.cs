using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// An organisation that "issued its denial" or "released a statement" is the one "the company" next refers to, even when
/// another company spoke last; a sentence where it does something else leaves "the company" with the one speaking.
/// Invented text.
/// </summary>
public sealed class IssuingSubjectTests
{
    private const string Lead = "Northwind Corp and Southgate Inc have denied claims that they were hacked last week.\n\n" +
        "\u201CWe found nothing,\u201D Northwind told a games site.\n\n";

    [Theory]
    [InlineData("Southgate issued its denial over the weekend.")]
    [InlineData("Southgate has also released a statement.")]
    public void The_company_after_an_organisation_issued_a_statement_is_that_organisation(string issuing)
    {
        var doc = Invented.Extract("issuing.txt", Lead + issuing + " \u201CWe have checked our network and it was secure,\u201D the company told a blog.");
        doc.Require("institution:southgate-inc", Stance.Said, "checked our network");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:northwind-corp" && s.Evidence.Contains("checked our network", StringComparison.Ordinal));
    }

    [Fact]
    public void An_organisation_doing_something_else_leaves_the_company_with_the_one_speaking()
    {
        var doc = Invented.Extract("issuing.txt", Lead + "Southgate lost customers over the weekend. \u201CWe have checked our network and it was secure,\u201D the company told a blog.");
        doc.Require("institution:northwind-corp", Stance.Said, "checked our network");
    }
}
