using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Extraction.Text;

/// <summary>One line of the article with its tokens, quotations, sentences and entity mentions.</summary>
internal sealed class Paragraph(int start, int end, bool isHeading, List<Token> tokens)
{
    public int Start { get; } = start;

    public int End { get; } = end;

    public bool IsHeading { get; } = isHeading;

    public List<Token> Tokens { get; } = tokens;

    public bool[] InQuote { get; set; } = [];

    public List<QuoteSpan> Quotes { get; set; } = [];

    public List<Sentence> Sentences { get; set; } = [];

    public List<Mention> Mentions { get; } = [];

    /// <summary>For each token, the index into <see cref="Mentions"/> of the mention covering it, or -1.</summary>
    public int[] MentionAt { get; set; } = [];

    public void IndexMentions()
    {
        MentionAt = new int[Tokens.Count];
        Array.Fill(MentionAt, -1);
        for (var m = 0; m < Mentions.Count; m++)
        {
            for (var k = Mentions[m].First; k < Mentions[m].End; k++)
            {
                MentionAt[k] = m;
            }
        }
    }
}
