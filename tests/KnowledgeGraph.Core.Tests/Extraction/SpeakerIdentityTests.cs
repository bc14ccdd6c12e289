using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Who a subject is, on invented sentences: a surname that is also a month, a city that speaks as its club, "the
/// &lt;Country&gt; government" with another country later, a country adjective on an unnamed person, a country that is
/// also a given name inside a titled name, a building's spokesperson, ambiguous aliases read by the article's country,
/// abbreviated ranks.
/// </summary>
public sealed class SpeakerIdentityTests
{
    private static ExtractedDocument Extract(string body) => Invented.Extract("speakers.txt", body);

    [Theory]
    [InlineData("Prime Minister Theresa May said the deal was fair to both sides.", "person:theresa-may")]
    [InlineData("Brian May said the band would tour in the autumn.", "person:brian-may")]
    [InlineData("Lena April said the band would tour in the autumn.", "person:lena-april")]
    public void A_month_after_a_given_name_is_a_surname(string sentence, string speaker) =>
        Extract(sentence).Require(speaker, Stance.Said, sentence.Substring(sentence.IndexOf(" said ", StringComparison.Ordinal), 14));

    [Fact]
    public void A_month_next_to_a_number_stays_a_date()
    {
        var doc = Extract("The talks ended on Friday May 5 without a deal.\n\nKofi Mensah said the harbour deal was fair to both sides.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("May", StringComparison.Ordinal));
        doc.Require("person:kofi-mensah", Stance.Said, "harbour deal was fair");
    }

    [Fact]
    public void A_modal_before_a_base_form_still_makes_no_statement()
    {
        var doc = Extract("Officials may deny the report about the harbour sale next week.");
        Assert.Empty(doc.Statements);
    }
}
