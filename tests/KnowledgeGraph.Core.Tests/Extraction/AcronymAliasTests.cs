using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// An acronym the article never introduces in brackets ("The National Police Service … the NPS posted") is the one
/// institution of the article whose initials it spells (issue 13 §3). Invented sentences.
/// </summary>
public sealed class AcronymAliasTests
{
    private static ExtractedDocument Extract(string body) => Invented.Extract("acronym.txt", body);

    [Fact]
    public void An_acronym_spelling_an_institutions_initials_is_that_institution()
    {
        var doc = Extract("The Northland Harbour Service dismissed the press release as fake on Friday.\n\n" +
            "\u201CWe urge members of the public to ignore it,\u201D the NHS posted on its account.");
        var service = doc.Entities.Single(e => e.Name == "Northland Harbour Service");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "NHS");
        Assert.Contains("NHS", service.Aliases);
        Assert.Contains(doc.Statements, s => s.SpeakerId == service.Id && s.Evidence.Contains("urge members", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Board of Control for Harbours in Northland (BCHN) denied the reports on Friday.", "Board of Control for Harbours in Northland")]
    [InlineData("The Maritime University in Portvale (MUP) strongly refuted the claims.", "Maritime University in Portvale")]
    public void A_preposition_and_a_place_the_bracketed_acronym_spells_are_part_of_the_name(string sentence, string name)
    {
        var doc = Extract(sentence);
        var body = doc.Entities.Single(e => e.Name == name);
        Assert.Equal(body.Id, Assert.Single(doc.Statements).SpeakerId);
    }

    [Fact]
    public void A_preposition_and_a_place_the_acronym_leaves_out_stay_outside_the_name()
    {
        var doc = Extract("The Maritime University in Portvale (MU) strongly refuted the claims.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Maritime University in Portvale");
    }

    [Fact]
    public void A_treasurer_between_the_acronym_and_a_name_makes_the_person_the_speaker()
    {
        var doc = Extract("The Northland Harbour Board (NHB) met on Sunday.\n\n" +
            "Earlier, NHB treasurer Arun Dhanraj on Monday rubbished reports suggesting that the port was sold.");
        Assert.Equal("person:arun-dhanraj", Assert.Single(doc.Statements).SpeakerId);
    }

    [Fact]
    public void Lower_case_words_of_the_name_have_no_initial()
    {
        var doc = Extract("The University of Northland rejected the claim on Friday.\n\nA UN student said the claim was true.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "UN" && e.Kind == EntityKind.Institution && e.Id != "institution:un");
        var doc2 = Extract("The University of Northland rejected the claim on Friday.\n\nThe UON said the claim was false.");
        Assert.Contains(doc2.Statements, s => s.SpeakerId == "institution:university-of-northland");
    }

    [Fact]
    public void Foreign_words_the_bracketed_acronym_spells_are_an_institution_a_city_among_them()
    {
        var doc = Extract("The report was denied by the chairman of the Harvojska Banka Zagreb (HBZ) board on Friday.\n\n" +
            "HBZ issued a statement today, dismissing the media reports as completely untrue.");
        var bank = doc.Entities.Single(e => e.Name == "Harvojska Banka Zagreb");
        Assert.Equal(EntityKind.Institution, bank.Kind);
        Assert.Contains(doc.Statements, s => s.SpeakerId == bank.Id && s.Stance == Stance.Denied);
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:government-of-croatia");
    }

    [Theory]
    [InlineData("The Attorney General (AG) denied the harbour report on Friday.", "Attorney General")]
    public void An_office_before_a_bracketed_acronym_is_no_new_institution(string sentence, string name) =>
        Assert.DoesNotContain(Extract(sentence).Entities, e => e.Name == name && e.Kind == EntityKind.Institution);

    [Fact]
    public void An_acronym_after_a_place_is_its_alias_only_when_it_spells_the_place()
    {
        var doc = Extract("Ships from the United Arab Emirates (UAE) docked at the harbour on Friday, and the UAE said more would come.");
        Assert.Contains("UAE", doc.Entities.Single(e => e.Name == "United Arab Emirates").Aliases);
    }

    [Theory]
    [InlineData("The Department of Health said on Monday that the page was fake. DOH added that it was working to take the page down.", "Department of Health", "DOH")]
    [InlineData("The University of Northgate said on Monday that it had no ban in place. UON added that applications were open.", "University of Northgate", "UON")]
    public void An_acronym_spelling_the_of_of_a_name_is_that_institution(string sentences, string name, string acronym)
    {
        var doc = Extract(sentences);
        Assert.DoesNotContain(doc.Entities, e => e.Name == acronym);
        Assert.All(doc.Statements, s => Assert.Equal(name, doc.Entities.Single(e => e.Id == s.SpeakerId).Name));
    }

    [Fact]
    public void An_acronym_two_institutions_spell_stays_its_own()
    {
        var doc = Extract("The Northland Harbour Service and the Northland Health Service met on Friday.\n\n" +
            "\u201CWe urge members of the public to ignore it,\u201D the NHS posted on its account.");
        Assert.Contains(doc.Entities, e => e.Name == "NHS");
    }
}
