using KnowledgeGraph.Core.Tests.Support;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "ICMR Director General, Dr. Rajiv Bahl, criticised …": the person set off by commas after an organisation's office
/// speaks, not the organisation (and an organisation set off after another's noun for one: "X's management agency, Y,
/// however, rejected …"); and a sentence-opening adverb before a comma ("Recently, one official …") is no
/// person's name. Invented sentences.
/// </summary>
public sealed class OfficeHolderSetOffTests
{
    [Theory]
    [InlineData("HBRC Director General, Dr. Rajiv Bahl, criticised the harbour study for its design.", "Rajiv Bahl")]
    [InlineData("The HBRC Director General, Jide Idris, said the harbour outbreak was under control.", "Jide Idris")]
    [InlineData("Quintbank Chief Executive, Maria Okafor, said the harbour deal was off.", "Maria Okafor")]
    [InlineData("Quintbank's managing director, Maria Okafor, said the harbour deal was off.", "Maria Okafor")]
    [InlineData("Harbour Holdings' chief executive, Maria Okafor, said the harbour deal was off.", "Maria Okafor")]
    [InlineData("Quintbank Group Executive Government and Corporate Affairs, Mr Tomas Reyes, said the harbour deal was off.", "Tomas Reyes")]
    [InlineData("PORTVILLE - Quintbank's managing director, Maria Okafor, said the harbour deal was off.", "Maria Okafor")]
    [InlineData("Quill Records signed the band. Quill Records' management agency, Northwind Entertainment, however, flatly rejected the harbour rumor.", "Northwind Entertainment")]
    [InlineData("Quintbank's parent company, Norvell Group, later said the harbour deal was off.", "Norvell Group")]
    [InlineData("Quintbank's managing director, Maria Okafor, flatly denied that the harbour deal was off.", "Maria Okafor")]
    public void The_one_named_after_the_office_speaks(string sentence, string speaker)
    {
        var doc = Invented.Extract("office.txt", "Harbour study\n\n" + sentence);
        Assert.Equal(speaker, doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId).Name);
    }

    [Fact]
    public void An_organisation_with_no_office_after_it_still_speaks()
    {
        var doc = Invented.Extract("office.txt", "Harbour study\n\nQuintbank, Maria Okafor's firm, said the harbour deal was off.");
        Assert.Equal("Quintbank", doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId).Name);
    }

    [Theory]
    [InlineData("Recently, one official statement from Quintbank suggested that the harbour deal was off.")]
    [InlineData("Separately, one harbour official said that the harbour deal was off.")]
    public void An_opening_adverb_is_no_name(string sentence)
    {
        var doc = Invented.Extract("office.txt", "Harbour study\n\n" + sentence);
        Assert.DoesNotContain(doc.Entities, e => e.Name is "Recently" or "Separately");
    }
}
