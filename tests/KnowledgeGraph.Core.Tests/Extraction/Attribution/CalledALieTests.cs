using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// An accusation that calls another's claim a lie ("accused X of a “blatant lie” in claiming …") denies that claim;
/// accusing someone of another wrong stays an accusation. Invented sentences.
/// </summary>
public sealed class CalledALieTests
{
    private static ExtractedDocument Extract(string sentence) =>
        Invented.Extract("lie.txt", "Harbour dispute goes on\n\nMayor Tom Hale spoke on Monday about the harbour.\n\n" + sentence);

    [Theory]
    [InlineData("Hale on Friday accused the port board of a \"blatant lie\" in claiming it had not dredged the channel.", "had not dredged the channel")]
    [InlineData("Hale accused the port board of an outright lie in saying that the channel was safe.", "the channel was safe")]
    public void Accusing_someone_of_a_lie_in_claiming_denies_the_claim(string sentence, string snippet)
    {
        var found = Extract(sentence).Require("person:tom-hale", Stance.Denied, snippet);
        Assert.DoesNotContain(" of a ", found.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Accusing_someone_of_a_cover_up_is_an_accusation()
    {
        var doc = Extract("Hale accused the port board of a cover-up in claiming the dredging contract was signed.");
        Assert.Contains(doc.Statements, x => x.SpeakerId == "person:tom-hale" && x.Stance == Stance.Said);
        Assert.DoesNotContain(doc.Statements, x => x.Stance == Stance.Denied);
    }

    [Theory]
    [InlineData("Hale hosed down reports that he would quit the harbour board.")]
    [InlineData("Hale has hosed down speculation that he would quit the harbour board.")]
    public void Hosing_down_reports_denies_them(string sentence) =>
        Extract(sentence).Require("person:tom-hale", Stance.Denied, "would quit");

    [Fact]
    public void Hosing_down_a_path_is_no_statement()
    {
        var doc = Extract("Hale hosed down the path outside the harbour office on Monday.");
        Assert.DoesNotContain(doc.Statements, x => x.Evidence.Contains("hosed", StringComparison.Ordinal));
    }

    [Fact]
    public void Hosing_down_one_allegation_denies_it_and_the_particle_stays_out_of_the_claim()
    {
        var doc = Extract("Hale hosed down the allegation, saying he understood the money had been paid to the harbour fund.");
        var s = doc.Require("person:tom-hale", Stance.Denied, "hosed down the allegation");
        Assert.False(s.Claim.StartsWith("Down", StringComparison.OrdinalIgnoreCase), s.Claim);
    }

    [Fact]
    public void Playing_down_a_possibility_is_no_denial()
    {
        var doc = Extract("Hale played down the possibility of a sale of the harbour.");
        Assert.DoesNotContain(doc.Statements, x => x.Stance == Stance.Denied);
    }

    [Fact]
    public void Accusing_a_person_of_lying_is_an_accusation()
    {
        var doc = Extract("Hale accused six witnesses of lying to incriminate the harbour board.");
        Assert.Contains(doc.Statements, x => x.SpeakerId == "person:tom-hale" && x.Stance == Stance.Said);
        Assert.DoesNotContain(doc.Statements, x => x.Stance == Stance.Denied);
    }

    [Fact]
    public void Accusing_a_newspaper_of_lying_rejects_what_it_published()
    {
        var doc = Extract("Hale accused the newspaper of lying about the harbour accounts.");
        doc.Require("person:tom-hale", Stance.Denied, "accused the newspaper of lying");
    }
}
