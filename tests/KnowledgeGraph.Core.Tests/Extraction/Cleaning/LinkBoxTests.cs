using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Extraction.Cleaning;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Cleaning;

/// <summary>
/// "READ MORE" (a box of links some sites set between two paragraphs of the story) ends the article only when what
/// follows is a list of headlines: running prose after it resumes the story. A tail marker of another kind ("Latest
/// Posts") still ends it. All text here is invented.
/// </summary>
public sealed class LinkBoxTests
{
    private const string Before = "Harbour trial\n\nThe defence told the jury on Monday that a witness in the harbour fraud trial was a liar.\n\n";

    private const string After =
        "Mr Jon Hale told the jury there was uncontradicted evidence from three witnesses who saw the ferry leave the port that night, and that the accounts of the harbour board were all over the place.";

    private static List<LineRole> Roles(string text) => DocumentCleaner.Classify(text).Select(l => l.Role).ToList();

    [Fact]
    public void Running_prose_after_a_link_box_label_resumes_the_story()
    {
        var roles = Roles(Before + "READ MORE\n\n" + After);
        Assert.Equal(LineRole.Content, roles[^1]);
        Assert.Equal(LineRole.Boilerplate, roles[^2]);
        var doc = Invented.Extract("box.txt", Before + "READ MORE\n\n" + After);
        doc.Require("person:jon-hale", Stance.Said, "uncontradicted evidence");
    }

    [Fact]
    public void Linked_headlines_after_the_label_stay_furniture()
    {
        var roles = Roles(Before + "READ MORE\n\nFerry firm denies harbour sale\n\nMayor backs new port plan as costs rise\n\n" + After);
        Assert.Equal(LineRole.Boilerplate, roles[^3]);
        Assert.Equal(LineRole.Boilerplate, roles[^2]);
    }

    [Theory]
    [InlineData("READ MORE")]
    [InlineData("Recommended for you")]
    [InlineData("Related news:")]
    public void A_short_paragraph_of_several_sentences_after_the_label_resumes_the_story(string label)
    {
        var doc = Invented.Extract("box.txt", "Cafe row\n\nThe owner of the cafe, Tom Hale, said the closure was unfair.\n" + label + "\n" +
            "\"We had 600 people in here and 30 got sick. That's five percent of our customers,\" he said. \"It's very unfair.\"\n" +
            "The health department cited the cafe for several violations.");
        doc.Require("person:tom-hale", Stance.Said, "600 people");
    }

    [Fact]
    public void Linked_headlines_of_one_sentence_each_stay_furniture()
    {
        var roles = Roles(Before + "Recommended for you\n\nFerry firm denies harbour sale after a long row over the price of the pier.\n\n" +
            "Mayor backs new port plan as costs rise again. Read the full story.\n\n" + After);
        Assert.Equal(LineRole.Boilerplate, roles[^3]);
        Assert.Equal(LineRole.Boilerplate, roles[^2]);
    }

    [Fact]
    public void Another_tail_marker_still_ends_the_story()
    {
        var roles = Roles(Before + "Latest Posts\n\n" + After);
        Assert.Equal(LineRole.Boilerplate, roles[^1]);
    }
}
