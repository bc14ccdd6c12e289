using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Capitalised words after a registry outlet's one-word alias make another organisation ("Fox Interactive Media", "Fox
/// Sports"), not the outlet, so "the report said" after it is not that outlet's; the alias alone, or with a legal form
/// after it, stays the registry's. Invented sentences.
/// </summary>
public sealed class LongerNameAfterAliasTests
{
    [Fact]
    public void A_name_run_after_the_alias_is_another_organisation()
    {
        var doc = Invented.Extract("fox.txt",
            "The Sunday Ledger said the port was for sale.\n\nThe bid would be led by former Fox Interactive Media president Tom Hale, the report said.");
        Assert.Contains(doc.Entities, e => e.Name == "Fox Interactive Media");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Fox News");
        var ledger = Assert.Single(doc.Entities, e => e.Name == "Sunday Ledger");
        doc.Require(ledger.Id, Stance.Said, "led by former");
    }

    [Fact]
    public void The_alias_alone_is_still_the_registry_outlet()
    {
        var doc = Invented.Extract("fox.txt", "Fox said on Monday the port deal was off.");
        var fox = Assert.Single(doc.Entities, e => e.Name == "Fox News");
        doc.Require(fox.Id, Stance.Said, "deal was off");
    }
}

/// <summary>
/// "The Harlow Herald reported …" then "according to the Herald": the newspaper's last word alone is that newspaper, not
/// a person called Herald; with two Heralds in the article it stays apart. Invented sentences.
/// </summary>
public sealed class OutletShortNameTests
{
    [Fact]
    public void The_last_word_of_the_one_newspaper_is_that_newspaper()
    {
        var doc = Invented.Extract("herald.txt",
            "The Harlow Herald reported the motion on Tuesday.\n\nAccording to the Herald, the officer made the remark on a recording.");
        var paper = Assert.Single(doc.Entities, e => e.Name == "Harlow Herald");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Herald");
        doc.Require(paper.Id, Stance.Said, "made the remark");
    }

    [Fact]
    public void With_two_newspapers_of_that_word_the_short_name_stays_apart()
    {
        var doc = Invented.Extract("herald.txt",
            "The Harlow Herald and the Marsh Herald reported the motion on Tuesday.\n\nAccording to the Herald, the officer made the remark on a recording.");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("made the remark", StringComparison.Ordinal) &&
            doc.Entities.Single(e => e.Id == s.SpeakerId).Name is "Harlow Herald" or "Marsh Herald");
    }
}
