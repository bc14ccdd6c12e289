using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Ways of denying a tie or a report that name the denial without a verb of denial: a reiterated "denial of any suggestion
/// that …", "had no links to …", links described "as" fictions, and a verdict after a sentence that only says the speaker
/// read the paper and was shocked. Invented sentences.
/// </summary>
public sealed class DisownedLinkTests
{
    [Fact]
    public void A_reiterated_denial_of_a_suggestion_denies_it()
    {
        var doc = Invented.Extract("link.txt", "Tom Abel reiterated his \u201Ccategorical denial\u201D of any suggestion that he is linked to the heist.");
        doc.Require("person:tom-abel", Stance.Denied, "linked to the heist");
    }

    [Fact]
    public void Saying_the_denial_came_late_is_no_denial()
    {
        var doc = Invented.Extract("link.txt", "Tom Abel said the denial that he met the men came too late.");
        Assert.DoesNotContain(doc.Statements, s => s.Stance == Stance.Denied);
    }

    [Theory]
    [InlineData("Tom Abel said that he had no links whatsoever to the gang.")]
    [InlineData("Tom Abel said he had no connection with the trust.")]
    public void A_tie_disowned_by_no_links_is_denied(string sentence)
    {
        var doc = Invented.Extract("link.txt", sentence);
        Assert.Equal(Stance.Denied, Assert.Single(doc.Statements).Stance);
    }

    [Fact]
    public void What_a_third_person_lacks_is_still_said()
    {
        var doc = Invented.Extract("link.txt", "Tom Abel said he had no interest in working overseas.");
        Assert.Equal(Stance.Said, Assert.Single(doc.Statements).Stance);
    }

    [Fact]
    public void Links_described_as_fictions_are_denied()
    {
        var doc = Invented.Extract("link.txt", "Tom Abel described any links to him as \u201Cstories and inventions\u201D.");
        doc.Require("person:tom-abel", Stance.Denied, "described any links to him");
    }

    [Fact]
    public void Reading_the_paper_and_being_shocked_opens_the_verdict()
    {
        var doc = Invented.Extract("link.txt",
            "Jane Roe said: \u201CI read the paper and I was shocked when I saw the article. It is full of untruths.\u201D");
        var s = Assert.Single(doc.Statements);
        Assert.Equal(Stance.Denied, s.Stance);
    }
}

/// <summary>
/// What a named third person lacks is said of them ("Tom Hale has no moral fibre"), unless it is the ground of a claim
/// ("has no evidence"); a document called wrong ("the book is wrong on all counts") is denied. Invented sentences.
/// </summary>
public sealed class ThirdPersonLackTests
{
    [Fact]
    public void A_named_person_lacking_a_quality_is_an_accusation()
    {
        var doc = Invented.Extract("lack.txt", "Jane Roe said that Tom Hale has no moral fibre or ethics because he used stolen emails.");
        doc.Require("person:jane-roe", Stance.Said, "no moral fibre");
    }

    [Fact]
    public void A_named_person_lacking_evidence_is_a_refutation()
    {
        var doc = Invented.Extract("lack.txt", "Jane Roe said Tom Hale has no evidence for his claims.");
        doc.Require("person:jane-roe", Stance.Denied, "no evidence");
    }

    [Fact]
    public void A_book_called_wrong_on_all_counts_is_denied()
    {
        var doc = Invented.Extract("lack.txt", "Jane Roe told reporters the book is wrong on all counts.");
        doc.Require("person:jane-roe", Stance.Denied, "wrong on all counts");
    }

    [Fact]
    public void A_decision_called_wrong_is_said()
    {
        var doc = Invented.Extract("lack.txt", "Jane Roe said the decision to close the school was wrong.");
        doc.Require("person:jane-roe", Stance.Said, "close the school");
    }
}

/// <summary>
/// Someone "disseminating wrong, false and misleading info" is spreading what the speaker calls false: a denial; sharing
/// "accurate information" is not. Invented sentences.
/// </summary>
public sealed class SpreadFalseInformationTests
{
    [Theory]
    [InlineData("info")]
    [InlineData("information")]
    [InlineData("news")]
    public void Spreading_information_called_false_is_a_denial(string noun)
    {
        var doc = Invented.Extract("spread.txt", $"\u201CSomeone, I guess a stock promoter, is disseminating wrong, false and misleading {noun} in the market,\u201D Tom Hale said.");
        doc.Require("person:tom-hale", Stance.Denied, "misleading");
    }

    [Fact]
    public void Sharing_accurate_information_is_said()
    {
        var doc = Invented.Extract("spread.txt", "\u201CWe are sharing accurate information with the regulators,\u201D Tom Hale said.");
        doc.Require("person:tom-hale", Stance.Said, "accurate information");
    }
}

/// <summary>
/// A fronted "Denying any favour to the trust, X said …" denies that any favour was done, besides what X goes on to say;
/// "Denying the claims would be a mistake" is no fronted denial. Invented sentences.
/// </summary>
public sealed class FrontedAnyDenialTests
{
    [Theory]
    [InlineData("Denying any favour to the trust, Jane Roe said the campaign was a cheap one.", "favour to the trust")]
    [InlineData("Denying any wrongdoing, Jane Roe said she would fight the case.", "wrongdoing")]
    public void A_fronted_denial_of_any_thing_is_a_denial(string sentence, string denied)
    {
        var doc = Invented.Extract("fronted.txt", sentence);
        doc.Require("person:jane-roe", Stance.Denied, denied);
        Assert.Contains(doc.Statements, s => s.Stance == Stance.Said);
    }
}

/// <summary>
/// "“Mr. Hale has denied these crimes,” his lawyer said": one who speaks of a client by title asserts the client's denial;
/// an outlet quoting "the Foreign Secretary has denied …" from a source only reports it. Invented sentences.
/// </summary>
public sealed class ClientDenialTests
{
    [Theory]
    [InlineData("\u201CMr. Hale has denied these crimes,\u201D his lawyer, Jane Roe, said.")]
    [InlineData("\u201CMy client has always denied these crimes,\u201D his lawyer, Jane Roe, said.")]
    public void A_lawyer_asserting_the_clients_denial_denies(string sentence)
    {
        var doc = Invented.Extract("client.txt", "Tom Hale pleaded not guilty on Tuesday.\n\n" + sentence);
        doc.Require("person:jane-roe", Stance.Denied, "denied these crimes");
    }
}

/// <summary>
/// A denial an outlet reports is the denier's ("The Harlow Herald said Tom Hale denied the allegations": denials reported
/// at second hand), carried by the outlet; one it passes on from a source it cites stays the outlet's report. Invented
/// sentences.
/// </summary>
public sealed class OutletReportedDenialTests
{
    [Fact]
    public void A_denial_an_outlet_reports_is_the_deniers()
    {
        var doc = Invented.Extract("relayed.txt", "The Harlow Herald said Tom Hale denied the allegations of bribery.");
        var herald = Assert.Single(doc.Entities, e => e.Name == "Harlow Herald");
        Assert.Equal([herald.Id], doc.Require("person:tom-hale", Stance.Denied, "allegations of bribery").ReportedBy);
    }

    [Fact]
    public void A_denial_passed_on_from_a_cited_source_stays_the_outlets_report()
    {
        var doc = Invented.Extract("relayed.txt", "The Harlow Herald, citing a source, said Tom Hale denied the allegations of bribery.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:tom-hale");
    }
}
