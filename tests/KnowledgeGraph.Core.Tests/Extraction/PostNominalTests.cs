using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Letters for a rank or an honour after a person's name ("John Rogers SC", "Jane Doe QC") are the person's, not an
/// organisation speaking; a person named right after a role held for a body ("counsel for the prosecution Mr X") is the
/// one who holds it, and so is one named after capitalised words that end in a title ("Command Public Relations Officer,
/// ASP X,"). An acronym after a common word still names an organisation. Invented sentences.
/// </summary>
public sealed class PostNominalTests
{
    [Theory]
    [InlineData("In his closing speech, Mr Jon Hale SC told the jury the ferry witness was a liar.", "person:jon-hale")]
    [InlineData("Jane Doe QC said the harbour board had hidden the accounts from the court.", "person:jane-doe")]
    [InlineData("Femi Bello SAN said the tribunal had heard the harbour case in secret.", "person:femi-bello")]
    public void Post_nominal_letters_are_the_persons(string sentence, string speaker)
    {
        var doc = Invented.Extract("rank.txt", "Harbour trial\n\n" + sentence);
        Assert.Equal(speaker, Assert.Single(doc.Statements).SpeakerId);
        Assert.DoesNotContain(doc.Entities, e => e.Name is "SC" or "QC" or "SAN");
    }

    [Fact]
    public void An_acronym_speaking_on_its_own_is_still_an_organisation()
    {
        var doc = Invented.Extract("rank.txt", "Harbour trial\n\nThe ferry crossing was safe, HPA said on Monday.");
        Assert.Contains(doc.Entities, e => e.Name == "HPA" && e.Kind == EntityKind.Institution);
    }

    [Theory]
    [InlineData("In his closing speech, counsel for the prosecution Mr Jon Hale SC said the witness had lied to the court.", "person:jon-hale")]
    [InlineData("The lawyer for the family Jane Doe said the witness had lied to the court.", "person:jane-doe")]
    public void A_person_named_after_a_role_for_a_body_holds_it(string sentence, string speaker)
    {
        var doc = Invented.Extract("rank.txt", "Harbour trial\n\n" + sentence);
        doc.Require(speaker, Stance.Said, "the witness had lied");
    }

    [Theory]
    [InlineData("Command Public Relations Officer, ASP Jon Hale, also dismissed the harbour report as fake.")]
    [InlineData("The Police Public Relations Officer, Jon Hale, said the harbour report was fake.")]
    public void Capitalised_words_ending_in_a_title_before_a_name_are_its_title(string sentence)
    {
        var doc = Invented.Extract("rank.txt", "Harbour trial\n\n" + sentence);
        doc.Require("person:jon-hale", Stance.Denied, "harbour report");
        Assert.DoesNotContain(doc.Entities, e => e.Name.EndsWith("Officer", StringComparison.Ordinal));
    }
}
