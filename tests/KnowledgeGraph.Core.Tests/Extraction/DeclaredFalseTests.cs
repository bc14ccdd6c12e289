using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "declares the WhatsApp message a hoax", "declared the reports false and misleading": a declaration whose object it
/// calls false denies it, as "called" does; a declaration of anything else ("declared the port open") is a statement.
/// Invented sentences.
/// </summary>
public sealed class DeclaredFalseTests
{
    [Theory]
    [InlineData("The Harbour Board declared a message going around on WhatsApp a hoax on Monday.", Stance.Denied)]
    [InlineData("The Harbour Board declared the reports about the port false and misleading.", Stance.Denied)]
    [InlineData("The Harbour Board declared the new port open for business on Monday.", Stance.Said)]
    public void A_declaration_that_calls_its_object_false_denies_it(string sentence, Stance stance)
    {
        var doc = Invented.Extract("declared.txt", "Port news\n\n" + sentence);
        var board = Assert.Single(doc.Entities, e => e.Name == "Harbour Board");
        var statement = Assert.Single(doc.Statements, s => s.SpeakerId == board.Id);
        Assert.Equal(stance, statement.Stance);
    }
}
