using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Entities.Gazetteers;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// What a US dateline names besides its city, on invented sentences: the state written after the city in AP or
/// postal form ("PLOVER, Wis. (KXYZ) –", "Springfield, Ill.", "SAN JOSE, CA —"), and the outlet credited in brackets,
/// which is an entity of the article but never a speaker or an intermediary.
/// </summary>
public sealed class DatelineEntityTests
{
    private static ExtractedDocument Extract(string body) => Invented.Extract("dateline.txt", body);

    private static ExtractedEntity? Named(ExtractedDocument doc, string name) =>
        doc.Entities.SingleOrDefault(e => e.Name == name || e.Aliases.Contains(name));

    [Theory]
    [InlineData("PLOVER, Wis. (KXYZ) \u2013 The Plover Harbour Board said on Monday it had closed the pier.", "Wisconsin", "Wis.")]
    [InlineData("The pier near Springfield, Ill., was closed on Friday, the harbour board said.", "Illinois", "Ill.")]
    [InlineData("SAN JOSE, CA \u2014 The Harbour Board said on Monday it had closed the pier.", "California", "CA")]
    [InlineData("Dockers in Albany, N.Y., walked out on Friday, the union said.", "New York", "N.Y.")]
    public void A_state_abbreviation_after_a_city_is_the_state(string sentence, string state, string surface)
    {
        var entity = Named(Extract(sentence), state);
        Assert.NotNull(entity);
        Assert.Equal(EntityKind.Place, entity.Kind);
        Assert.Contains(surface, entity.Aliases);
    }

    [Theory]
    [InlineData("The letter was signed by Jane Roe, MD, and two nurses.")]
    [InlineData("Dockers met Tom Hale, Pa. native and union steward, on Friday.")]
    public void A_state_abbreviation_after_no_city_is_no_place(string sentence)
    {
        var doc = Extract(sentence);
        Assert.DoesNotContain(doc.Entities, e => e.Kind == EntityKind.Place);
    }

    [Fact]
    public void The_outlet_a_dateline_credits_is_an_institution_but_never_a_speaker_or_intermediary()
    {
        var doc = Extract("PLOVER, Wis. (KXYZ) \u2013 The Plover Harbour Board said on Monday it had closed the pier.");
        var credit = Named(doc, "KXYZ");
        Assert.NotNull(credit);
        Assert.Equal(EntityKind.Institution, credit.Kind);
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == credit.Id || s.ReportedBy.Contains(credit.Id));
        doc.Require("institution:plover-harbour-board", Stance.Said, "it had closed the pier");
    }

    [Theory]
    [InlineData("FORT WEXLEY, Colo. \u2014 The Plover Harbour Board on Thursday denied a report that the pier will close.")]
    [InlineData("Fort Wexley, Colo. \u2014 The Plover Harbour Board on Thursday denied a report that the pier will close.")]
    [InlineData("FORT WEXLEY, Colo. (KXYZ) \u2014 The Plover Harbour Board on Thursday denied a report that the pier will close.")]
    public void A_dateline_whose_city_the_gazetteer_lacks_leaves_the_lead_its_subject(string sentence)
    {
        // The state is the only place the dateline names; it is the dateline's, not the subject of "denied".
        var doc = Extract(sentence);
        doc.Require("institution:plover-harbour-board", Stance.Denied, "the pier will close");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId.StartsWith("place:", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_state_abbreviation_names_a_subdivision_of_the_gazetteer()
    {
        var states = Lexicon.Default.StateAbbreviations;
        Assert.True(states.Count >= 50);
        Assert.All(states, kv => Assert.Equal(PlaceKind.Subdivision, Gazetteer.Default.Places.Subdivision(kv.Value)?.Kind));
        Assert.Equal("Wisconsin", Gazetteer.Default.Places.Subdivision(states["wis."])!.Name);
    }
}
