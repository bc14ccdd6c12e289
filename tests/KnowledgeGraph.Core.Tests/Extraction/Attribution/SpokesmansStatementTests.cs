using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "Harbour Army spokesman Tunde Bakare in a statement dismissed …" ¶ "The statement also said …": a statement put out by
/// one who speaks for an organisation is the organisation's (the dev README: a statement issued by an office is the
/// institution's), while the sentence that names him stays his. Invented sentences.
/// </summary>
public sealed class SpokesmansStatementTests
{
    [Fact]
    public void The_spokesmans_statement_is_the_organisations()
    {
        var doc = Invented.Extract("army.txt",
            "Army row\n\nHarbour Army spokesman Tunde Bakare in a statement on Monday dismissed the allegation as baseless.\n\n" +
            "The statement also said that troops were on patrol in the port.");
        doc.Require("person:tunde-bakare", Stance.Denied, "allegation");
        doc.Require("institution:harbour-army", Stance.Said, "troops were on patrol");
    }

    [Fact]
    public void A_statement_of_one_who_speaks_for_no_one_stays_his()
    {
        var doc = Invented.Extract("army.txt",
            "Army row\n\nTunde Bakare in a statement on Monday dismissed the allegation as baseless.\n\n" +
            "The statement also said that troops were on patrol in the port.");
        doc.Require("person:tunde-bakare", Stance.Said, "troops were on patrol");
    }
}
