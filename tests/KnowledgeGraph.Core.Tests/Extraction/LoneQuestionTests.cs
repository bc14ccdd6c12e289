using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// A quotation that is one question and nothing more, said, asks; it asserts no claim. A question posed ("…?" posed X)
/// keeps the accusation it carries. Invented sentences.
/// </summary>
public sealed class LoneQuestionTests
{
    [Fact]
    public void A_lone_question_is_no_statement()
    {
        var doc = Invented.Extract("question.txt", "\u201CWhere are these allegations coming from?\u201D Tom Hale said.");
        Assert.Empty(doc.Statements);
    }

    [Fact]
    public void A_question_posed_still_accuses()
    {
        var doc = Invented.Extract("question.txt", "\u201CWhy did the paper run the story without asking the port?\u201D posed Tom Hale.");
        doc.Require("person:tom-hale", Stance.Said, "without asking the port");
    }
}
