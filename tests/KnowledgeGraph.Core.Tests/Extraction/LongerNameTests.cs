using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// A registry outlet's or firm's one-word alias at the end of a longer name is that longer name's organisation, on
/// invented sentences: "21st Century Fox" is not Fox News, nor is the article's later bare "Fox"; a title, an acronym
/// or a party's plural keep their registry reading.
/// </summary>
public sealed class LongerNameTests
{
    private static ExtractedDocument Extract(string body) => Invented.Extract("longer-name.txt", body);

    [Fact]
    public void A_name_built_on_a_registry_alias_with_its_article_leaves_the_article_out()
    {
        var doc = Extract("The harbour board met on Sunday to discuss the new ferry timetable, the Middle East Peace Council reported.");
        Assert.Contains(doc.Entities, e => e.Name == "Middle East Peace Council");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("the ", StringComparison.Ordinal));
        Assert.Equal("institution:middle-east-peace-council", Assert.Single(doc.Statements).SpeakerId);
    }

    [Fact]
    public void Capitalised_words_before_an_outlets_alias_make_another_organisation_and_its_later_short_name_too()
    {
        var doc = Extract("21st Century Fox denies a report that it has held merger talks with the harbour board. " +
            "\"The story is untrue,\" Fox said in a statement.");
        var fox = Assert.Single(doc.Entities, e => e.Name == "21st Century Fox");
        Assert.Equal(EntityKind.Institution, fox.Kind);
        doc.Require(fox.Id, Stance.Denied, "merger talks");
        doc.Require(fox.Id, Stance.Denied, "The story is untrue");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Fox News");
    }

    [Fact]
    public void A_studio_named_in_words_before_an_outlets_alias_is_not_the_outlet()
    {
        var doc = Extract("The studio Twentieth Century Fox said on Monday that its profits rose.");
        doc.Require(Assert.Single(doc.Entities, e => e.Name == "Twentieth Century Fox").Id, Stance.Said, "profits rose");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Fox News");
    }

    [Theory]
    [InlineData("Mayor Rita Holm told Fox on Monday that the pier was safe.", "Fox News")]
    [InlineData("Mayor Rita Holm told The Guardian on Monday that the pier was safe.", "The Guardian")]
    public void An_alias_after_no_name_of_its_own_keeps_its_registry_reading(string sentence, string outlet)
    {
        Assert.Contains(Extract(sentence).Entities, e => e.Name == outlet);
    }

    [Fact]
    public void A_word_before_an_armed_groups_name_makes_another_group_even_opening_a_headline()
    {
        var doc = Extract("Quvab Hezbollah denies report on disarmament\n\nBAGHDAD — Quvab Hezbollah, one of the militias, on Monday denied a " +
            "report on its disarmament. In a statement, Quvab Hezbollah said the comments were fabricated.");
        var group = Assert.Single(doc.Entities, e => e.Name == "Quvab Hezbollah");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Hezbollah");
        Assert.All(doc.Statements, s => Assert.Equal(group.Id, s.SpeakerId));
        Assert.Equal(3, doc.Statements.Count);
    }

    [Fact]
    public void An_english_word_opening_a_sentence_before_the_name_is_no_part_of_it()
    {
        var doc = Extract("Yesterday Hezbollah denied the report on its disarmament.");
        Assert.Equal("Hezbollah", doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId).Name);
    }

    [Theory]
    [InlineData("The Iran-backed Hezbollah said it fired rockets at the harbour.")]
    [InlineData("Shiite Hezbollah denied the report on its disarmament.")]
    public void A_compound_or_a_word_written_once_before_an_armed_groups_name_describes_the_group(string sentence)
    {
        var doc = Extract(sentence);
        Assert.Equal("Hezbollah", doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId).Name);
    }
}
