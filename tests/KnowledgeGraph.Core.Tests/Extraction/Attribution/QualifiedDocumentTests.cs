using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// A document an organisation's noun qualifies ("the union letter", "the ministry statement") is an organisation's: never
/// the last person's who issued a statement. Invented text.
/// </summary>
public sealed class QualifiedDocumentTests
{
    [Fact]
    public void The_union_letter_is_not_the_last_person_who_issued_a_statement()
    {
        var doc = Invented.Extract("qualified.txt", "Harbour police union has no confidence in its chief\n\n" +
            "“I reject the false claims made against me,” Chief Maria Okafor's statement says.\n\n" +
            "The union letter also accused Chief Okafor of opening investigations against union leaders as retaliation.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:maria-okafor" && s.Evidence.Contains("union letter", StringComparison.Ordinal));
    }

    [Fact]
    public void The_letter_without_a_qualifying_noun_may_still_be_the_persons()
    {
        var doc = Invented.Extract("qualified.txt", "Harbour police union has no confidence in its chief\n\n" +
            "Chief Maria Okafor issued a statement on Monday about the union.\n\n" +
            "The statement also accused the union of opening investigations against the chief as retaliation.");
        doc.Require("person:maria-okafor", Stance.Said, "opening investigations");
    }
}
