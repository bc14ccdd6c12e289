using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Extraction.Cleaning;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Cleaning;

/// <summary>
/// A page's script scraped with the story ("player.cmd.push(function () { … });") is furniture, on a line of its own or
/// run into the story's next sentence; prose that quotes a brace stays text. All text here is invented.
/// </summary>
public sealed class ScriptLineTests
{
    private const string Script =
        "if(catID==12){document.getElementsByClassName(\"divPlayer\")[0].style.display =\"none\";var s = document.createElement('script'); " +
        "s.src = 'https://player.example.com/widget.js'; document.getElementsByClassName('divPlayer')[0].appendChild(s);}";

    private const string Story = "\"The report about the harbour strike is false,\" Tom Hale wrote in a post on his own website on Monday.";

    [Fact]
    public void A_line_of_script_is_furniture()
    {
        var text = "Harbour strike\n\nplayer.cmd.push(function () { player({ id: '36af7c51' }).render('4c4d856e'); });\n\n" + Story;
        var lines = DocumentCleaner.Classify(text);
        Assert.Equal(LineRole.Boilerplate, lines[1].Role);
        Assert.Equal(LineRole.Content, lines[2].Role);
    }

    [Fact]
    public void Script_run_into_the_story_is_cut_off_before_it()
    {
        var text = "Harbour strike\n\n" + Script + Story;
        var lines = DocumentCleaner.Classify(text);
        Assert.Contains(lines, l => l.Role == LineRole.Content && text[l.Start..l.End] == Story);
        var doc = Invented.Extract("script.txt", text);
        doc.Require("person:tom-hale", Stance.Denied, "harbour strike is false");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("ElementsByClassName", StringComparison.Ordinal));
    }

    [Fact]
    public void Prose_quoting_a_brace_stays_text()
    {
        const string prose = "The union said the clause {section 4} was void; the port board said the clause was valid and would stand in court.";
        Assert.False(Boilerplate.IsScript(prose));
        var lines = DocumentCleaner.Classify("Harbour strike\n\n" + prose);
        Assert.Equal(LineRole.Content, lines[^1].Role);
    }
}
