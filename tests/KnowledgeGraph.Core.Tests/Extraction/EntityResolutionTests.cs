using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

public sealed class EntityResolutionTests
{
    /// <summary>
    /// "with Colless and O'Chee" after "Malcolm Colless" and "Bill O'Chee" were named: surnames joined by "and" are those
    /// people, not two organisations of one word each. Invented sentences.
    /// </summary>
    [Fact]
    public void Surnames_joined_by_and_are_the_people_named_before()
    {
        var doc = Invented.Extract("surnames.txt",
            "Police are investigating former senator Bill O'Chee's allegations that executive Malcolm Colless offered him inducements.\n\n" +
            "O'Chee said on Friday that the harbour master was at the table during his talk with Colless.\n\n" +
            "The Norland Harbour Board said two guests who shared the table with Colless and O'Chee heard no improper conversation.");
        Assert.DoesNotContain(doc.Entities, e => e.Name is "Colless" or "O'Chee");
        Assert.Contains(doc.Entities, e => e.Name == "Malcolm Colless" && e.Kind == EntityKind.Person);
        doc.Require("person:bill-ochee", Stance.Said, "harbour master was at the table");
    }

    [Fact]
    public void A_name_with_or_without_accents_gets_one_id_across_articles()
    {
        var accented = Seeds.Get("003").Doc.Entities.Single(e => e.Id == "person:carlos-fernandez-de-cossio");
        var plain = Seeds.Get("004").Doc.Entities.Single(e => e.Id == "person:carlos-fernandez-de-cossio");
        Assert.Equal(EntityKind.Person, accented.Kind);
        Assert.Equal(EntityKind.Person, plain.Kind);
        Assert.Contains("Cossio", plain.Aliases);
    }

    [Fact]
    public void Surnames_resolve_to_the_full_name_found_earlier()
    {
        var doc = Seeds.Get("004").Doc;
        doc.Require("person:carlos-fernandez-de-cossio", Stance.Said, "Cossio expressed that Cuba will have");
        Assert.DoesNotContain(doc.Entities, e => e.Id == "person:cossio");
        Assert.DoesNotContain(Seeds.Get("003").Doc.Entities, e => e.Id == "person:fernandez-de-cossio");
    }

    [Fact]
    public void Two_people_sharing_a_surname_are_not_merged()
    {
        var ids = Seeds.Get("002").Doc.Entities.Select(e => e.Id).ToList();
        Assert.Contains("person:raul-castro", ids);
        Assert.Contains("person:alejandro-castro-espin", ids);
        Assert.DoesNotContain("person:castro", ids);
    }

    [Fact]
    public void Names_the_registry_lacks_are_discovered_from_titles_and_appositions()
    {
        var ids = Seeds.Get("002").Doc.Entities.Select(e => e.Id).ToList();
        Assert.Contains("person:carlos-cabrera", ids); // "independent journalist Carlos Cabrera"
        Assert.Contains("person:alejandro-castro-espin", ids); // "General Alejandro Castro Espín, son of Raúl Castro"
        Assert.Contains("institution:ministry-of-justice", ids);
        Assert.Contains("institution:the-wall-street-journal", ids);
    }

    [Fact]
    public void Foreign_ministry_names_resolve_to_one_institution()
    {
        var e001 = Seeds.Get("001").Doc.Entities.Single(e => e.Id == "institution:minrex");
        Assert.Contains("Cuban Foreign Ministry", e001.Aliases);
        Assert.Contains("MINREX", e001.Aliases);
        var e002 = Seeds.Get("002").Doc.Entities.Single(e => e.Id == "institution:minrex");
        Assert.Contains("Foreign Affairs", e002.Aliases);
        Assert.DoesNotContain(Seeds.Get("000").Doc.Entities, e => e.Id == "institution:state-department");
    }

    [Fact]
    public void Capitals_speak_for_their_government_but_stay_places_otherwise()
    {
        var doc = Seeds.Get("001").Doc;
        doc.Require("institution:government-of-cuba", Stance.Said, "imposing an absolute blockade"); // "Havana accused …"
        Assert.Contains(doc.Entities, e => e.Id == "place:havana" && e.Kind == EntityKind.Place);
    }

    [Fact]
    public void Stated_roles_become_memberships()
    {
        var cossio = Seeds.Get("003").Doc.Entities.Single(e => e.Id == "person:carlos-fernandez-de-cossio");
        Assert.Contains(cossio.Memberships, m => m.InstitutionId == "institution:minrex" && m.Relation == Membership.MemberOf);
        Assert.Contains("Deputy", cossio.Role ?? "", StringComparison.Ordinal);
        var castro = Seeds.Get("000").Doc.Entities.Single(e => e.Id == "person:raul-castro");
        Assert.Contains(castro.Memberships, m => m.InstitutionId == "institution:gaesa" && m.Relation == Membership.Leads);
    }

    [Theory]
    [InlineData("Lena Marsh has denied the claims about the harbour wedding.\n\nLena said the report was not true.")]
    [InlineData("Dale Hurst has denied the claims about the harbour wedding.\n\nDale said the report was not true.")]
    public void A_given_name_alone_is_the_one_person_whose_full_name_starts_with_it(string body)
    {
        var doc = Invented.Extract("first-name.txt", body);
        var person = Assert.Single(doc.Entities, e => e.Kind == EntityKind.Person);
        Assert.All(doc.Statements, s => Assert.Equal(person.Id, s.SpeakerId));
        Assert.Equal(2, doc.Statements.Count);
    }

    [Fact]
    public void A_given_name_two_people_share_is_neither_of_them()
    {
        var doc = Invented.Extract("first-name.txt", "Dale Hurst and Dale Marsh met at the harbour.\n\nDale said the report was not true.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId is "person:dale-hurst" or "person:dale-marsh");
    }

    [Fact]
    public void A_family_name_written_first_alone_is_the_one_person_whose_name_starts_with_it()
    {
        var doc = Invented.Extract("family-name.txt", "Harbour Ministry spokesman Geng Shuang made the comment on Monday.\n\nSome shippers are afraid of the new rules, Geng said.");
        var person = Assert.Single(doc.Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal("Geng Shuang", person.Name);
        Assert.Equal(person.Id, doc.Require(person.Id, Stance.Said, "afraid").SpeakerId);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Geng");
    }

    [Fact]
    public void A_registry_name_written_with_an_acronym_keeps_that_form_as_an_alias()
    {
        var doc = Invented.Extract("forms.txt", "The US Congress must act on the harbour bill, Jane Roe said.");
        var congress = doc.Entities.Single(e => e.Id == "institution:us-congress");
        Assert.Contains("US Congress", congress.Aliases);
    }

    [Fact]
    public void A_name_in_a_heading_of_capitals_is_no_alias()
    {
        var doc = Invented.Extract("forms.txt", "Jane Roe said the bill was late.\n\nUS CONGRESS\n\nThe US Congress must act on the harbour bill, Jane Roe said.");
        Assert.DoesNotContain("US CONGRESS", doc.Entities.Single(e => e.Id == "institution:us-congress").Aliases);
    }

    [Theory]
    [InlineData("Bulgaria's", "Tennis Federation", "Tennis Federation of Bulgaria")]
    [InlineData("South Africa's", "Supreme Court", "Supreme Court of South Africa")]
    public void A_common_words_body_after_a_countrys_possessive_is_that_countrys(string country, string body, string name)
    {
        var doc = Invented.Extract("bodies.txt", $"{country} {body} said it was unaware of the case. The port reopened later.\n\n" +
            $"The {body} said on Tuesday it would appeal.");
        var speaker = doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements.Select(s => s.SpeakerId).Distinct()));
        Assert.Equal(name, speaker.Name);
        Assert.Contains($"{country} {body}", speaker.Aliases);
        Assert.All(doc.Statements, s => Assert.StartsWith("It", s.Claim, StringComparison.Ordinal)); // "it" is the body, not the country
    }

    [Fact]
    public void A_company_after_a_countrys_possessive_keeps_its_own_name()
    {
        var doc = Invented.Extract("bodies.txt", "Bulgaria's Northwind Logistics said it had bought the port.");
        Assert.Equal("Northwind Logistics", doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId).Name);
    }

    [Theory]
    [InlineData("But the star's lawyer, Martin Singer, has maintained his client's innocence.", "Martin Singer")]
    [InlineData("Harry Judge said the port was open.", "Harry Judge")]
    public void A_surname_that_is_also_an_occupation_closes_a_given_name(string sentence, string name)
    {
        var doc = Invented.Extract("names.txt", sentence);
        Assert.Equal(name, doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId).Name);
    }

    [Fact]
    public void An_occupation_before_a_name_stays_a_title()
    {
        var doc = Invented.Extract("names.txt", "Singer Lena Marsh said the tour would go on.");
        Assert.Equal("Lena Marsh", doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId).Name);
    }

    [Theory]
    [InlineData("The Central Bank of Nigeria (CBN) has dispelled rumours that it devalued the naira.", "Central Bank of Nigeria")]
    [InlineData("The Supreme Court of South Africa said the election was valid.", "Supreme Court of South Africa")]
    public void A_common_words_body_of_a_country_keeps_the_country_in_its_name(string sentence, string name)
    {
        var doc = Invented.Extract("names.txt", sentence);
        Assert.Equal(name, doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId).Name);
    }

    [Fact]
    public void A_name_in_kind_words_only_is_the_one_longer_institution_ending_in_it()
    {
        var doc = Invented.Extract("command.txt", "The Police Command in Harbourton has denied reports that it released three officers.\n\n" +
            "\"The attention of the Harbourton State Police Command has been drawn to a viral publication,\" the statement read.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Police Command");
        doc.Require("institution:harbourton-state-police-command", Stance.Denied, "released three officers");
    }

    [Fact]
    public void A_name_in_kind_words_ending_two_longer_names_stays_apart()
    {
        var doc = Invented.Extract("command.txt", "The Police Command denied the report.\n\nThe Harbourton State Police Command and the Delta State Police Command met on Monday.");
        Assert.Contains(doc.Entities, e => e.Name == "Police Command");
    }

    [Fact]
    public void A_surname_after_an_honorific_is_the_person_not_the_firm_named_after_them()
    {
        var doc = Invented.Extract("firm.txt", "Company President Maria Quimby spoke on Monday. The Quimby Corp announced a new product.\n\n" +
            "\"The campaign is designed to hurt this company,\" said Mr. Quimby.");
        doc.Require("person:maria-quimby", Stance.Said, "designed to hurt");
    }
}
