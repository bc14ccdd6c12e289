using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// A one-word name the name lists do not know is kinded an organisation by default; ", who" or an age after it shows a
/// person known by one name (footballers, singers). Invented text.
/// </summary>
public sealed class OneNamePersonTests
{
    [Theory]
    [InlineData("Quarezma denies leading a mutiny\n\nQuarezma, who joined the club in July, has scored twice this season.\n\nQuarezma said the report was an awful lie about the squad.")]
    [InlineData("Quarezma denies leading a mutiny\n\nQuarezma said the report was an awful lie about the squad.\n\n“I was never a leader of anything,” Quarezma, 25, wrote.")]
    public void A_one_word_name_followed_by_who_or_an_age_is_a_person(string text)
    {
        var entity = Assert.Single(Invented.Extract("one-name.txt", text).Entities, e => e.Name == "Quarezma");
        Assert.Equal(EntityKind.Person, entity.Kind);
    }

    [Fact]
    public void A_one_word_organisation_without_such_a_cue_stays_one()
    {
        var doc = Invented.Extract("one-name.txt", "Quarezma denies the report\n\nQuarezma said the report was an awful lie about its staff.");
        Assert.Equal(EntityKind.Institution, Assert.Single(doc.Entities, e => e.Name == "Quarezma").Kind);
    }
}
