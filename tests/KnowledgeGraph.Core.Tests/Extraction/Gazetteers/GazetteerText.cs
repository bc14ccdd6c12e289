using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Core.Tests.Extraction.Gazetteers;

/// <summary>Tokens of a test sentence, made by the extraction's own tokenizer, and the index of a word in them.</summary>
internal static class GazetteerText
{
    public static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        return tokens;
    }

    public static int IndexOf(List<Token> tokens, string text, string word) =>
        tokens.FindIndex(t => text[t.Start..t.End] == word) is var i and >= 0 ? i : throw new ArgumentException($"'{word}' is not a token of '{text}'.");
}
