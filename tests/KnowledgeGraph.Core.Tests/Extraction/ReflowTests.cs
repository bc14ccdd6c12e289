using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Layout independence: every article of ../shared/dev re-flowed onto one line (as many feeds deliver text: the
/// header kept, every other line joined by a space) against the article as published.
/// </summary>
public sealed class ReflowTests
{
    private static string OneLine(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var header = lines.TakeWhile(l => l.Length > 0 && l.Contains(": ", StringComparison.Ordinal) && !l.Contains(". ", StringComparison.Ordinal)).ToList();
        var body = string.Join(' ', lines.Skip(header.Count).Select(l => l.Trim()).Where(l => l.Length > 0));
        return string.Join('\n', header) + "\n\n" + body + "\n";
    }

    [Fact]
    public void Dev_articles_on_one_line_give_nearly_the_statements_of_the_published_layout()
    {
        var files = Directory.GetFiles(ScorePy.DevDir, "*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 20, $"expected the dev articles in {ScorePy.DevDir}");
        int original = 0, reflowed = 0, same = 0;
        var lost = new List<string>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var a = Seeds.Extractor.Extract(new ArticleInput(Path.GetFileName(file), text)).Statements
                .Select(s => (s.SpeakerId, s.Stance, s.ClaimId)).ToList();
            var b = Seeds.Extractor.Extract(new ArticleInput(Path.GetFileName(file), OneLine(text))).Statements
                .Select(s => (s.SpeakerId, s.Stance, s.ClaimId)).ToList();
            original += a.Count;
            reflowed += b.Count;
            var left = b.ToList();
            foreach (var s in a)
            {
                if (left.Remove(s))
                {
                    same++;
                }
            }

            if (a.Count > 0 && b.Count == 0)
            {
                lost.Add(Path.GetFileName(file));
            }
        }

        Assert.Empty(lost); // no article loses all its statements on one line
        Assert.InRange(Math.Abs(reflowed - original), 0, Math.Max(1, original * 2 / 100)); // counts within 2%
        // The same statements (speaker, stance, claim): 82.5% when this test was written, 87.9% once a headline run into
        // the lead is cut where the address's slug ends and a quotation after a closed one starts a sentence, 95.8% once a
        // long line is cut where the page would have broken it (RunInSplitter), 96.9% once the slug also finds a headline
        // after a section label or before a caption, 98.4% once quotation marks pair by their spacing and nest (one stray
        // mark no longer turns the later quotations of the line inside out), 99.0% once a tail marker after a stop ends the
        // article and a name said twice in a row starts a caption. The guard stays at 98% (two statements of slack for
        // attribution changes elsewhere); the issue asks for ~98%.
        Assert.True(same >= original * 98 / 100, $"{same} of {original} statements the same on one line ({reflowed} there)");
    }
}
