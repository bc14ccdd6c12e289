using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// A national body named by a word and its country ("Cricket Australia", "Health Canada") is that body, not the
/// country's government speaking; determiners, combining forms, words placing the country beside another
/// ("Neighboring Ethiopia"), given names and a longer name the article also writes are left alone. A country before a described organisation ("US civil liberties group the X") only says where it is
/// from. Invented sentences.
/// </summary>
public sealed class NationalBodyTests
{
    [Theory]
    [InlineData("Cricket Australia said on Monday that the tour would go ahead.", "Cricket Australia")]
    [InlineData("The vaccine is safe for children, Health Canada said on Monday.", "Health Canada")]
    public void A_word_before_a_country_names_a_national_body(string sentence, string name)
    {
        var doc = Invented.Extract("body.txt", "National bodies\n\n" + sentence);
        var body = Assert.Single(doc.Entities, e => e.Name == name);
        Assert.Equal(EntityKind.Institution, body.Kind);
        Assert.Contains(doc.Statements, x => x.SpeakerId == body.Id);
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId.StartsWith("institution:government-of", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Uganda Red Cross Society said 12 people were rescued.", "Red Cross Society")]
    [InlineData("The Harbour Law Society said the ruling was wrong.", "Harbour Law Society")]
    public void A_society_heads_a_name(string sentence, string name)
    {
        var doc = Invented.Extract("society.txt", "Society speaks\n\n" + sentence);
        var s = Assert.Single(doc.Statements);
        Assert.EndsWith(name, doc.Entities.Single(e => e.Id == s.SpeakerId).Name, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Society");
    }

    [Theory]
    [InlineData("Neither Ghana nor any other member has hosted the force, the ministry of Norland said on Monday.")]
    [InlineData("Beijing wants to push Sino US relations into confrontation, the ministry of Norland said on Monday.")]
    [InlineData("Neighboring Ethiopia has repeatedly denied the presence of foreign soldiers, the ministry of Norland said on Monday.")]
    [InlineData("Nearby Ethiopia has repeatedly denied the presence of foreign soldiers, the ministry of Norland said on Monday.")]
    public void Determiners_and_combining_forms_name_no_body(string sentence)
    {
        var doc = Invented.Extract("body.txt", "National bodies\n\n" + sentence);
        Assert.DoesNotContain(doc.Entities, e => e.Name is "Neither Ghana" or "Sino US" or "Neighboring Ethiopia" or "Nearby Ethiopia");
    }

    [Fact]
    public void The_short_form_of_a_longer_name_in_the_article_is_no_new_body()
    {
        var doc = Invented.Extract("body.txt",
            "National bodies\n\nAmnesty International India said on Monday that it would halt its work.\n\nThe ministry said Amnesty India had broken the law on foreign grants.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Amnesty India");
    }

    [Theory]
    [InlineData("US civil liberties group the Harbour Privacy Centre claims the ferry app collects personal information from users.", "Harbour Privacy Centre")]
    [InlineData("British consumer watchdog the Harbour Fair Trade Council said the ferry fares were unlawful.", "Harbour Fair Trade Council")]
    public void A_country_before_a_described_organisation_only_says_where_it_is_from(string sentence, string name)
    {
        var doc = Invented.Extract("body.txt", "National bodies\n\n" + sentence);
        var body = Assert.Single(doc.Entities, e => e.Name == name);
        Assert.Contains(doc.Statements, x => x.SpeakerId == body.Id);
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId.StartsWith("institution:government-of", StringComparison.Ordinal));
    }
}
