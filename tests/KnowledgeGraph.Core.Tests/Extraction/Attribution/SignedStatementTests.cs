using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "The government, in a statement signed by Jon Hale, Director of Communication, said, …": the person who signed the
/// statement set off between an organisation and its verb speaks; a statement issued with no signatory leaves the
/// organisation speaking. Invented sentences.
/// </summary>
public sealed class SignedStatementTests
{
    [Fact]
    public void The_signatory_set_off_after_the_organisation_speaks()
    {
        var doc = Invented.Extract("signed.txt", "Harbour sale\n\nThe Northwind Harbour Board, in a statement signed by Jon Hale, Director of Communication at the board, " +
            "said, \u201cThe allegations in the publication are baseless.\u201d");
        doc.Require("person:jon-hale", Stance.Denied, "allegations in the publication");
    }

    [Fact]
    public void A_statement_with_no_signatory_leaves_the_organisation_speaking()
    {
        var doc = Invented.Extract("signed.txt", "Harbour sale\n\nThe Northwind company, in a statement issued on Monday, said the allegations in the publication were baseless.");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId.StartsWith("person:", StringComparison.Ordinal));
        Assert.Contains(doc.Statements, x => x.Stance == Stance.Denied);
    }
}
