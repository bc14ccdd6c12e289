using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Support;

/// <summary>
/// Invented articles for the construction tests: a one-line heading, then the body the test writes. The heading keeps
/// the body's first sentence from being read as the article's headline.
/// </summary>
internal static class Invented
{
    public const string Lead = "Harbour dispute\n\n";

    public static ExtractedDocument Extract(string file, string body) => Seeds.Extract(file, Lead + body);
}
