using System.Text;
using System.Xml;

namespace KnowledgeGraph.Exports.Writers;

/// <summary>XML helpers shared by the GraphML and GEXF writers.</summary>
internal static class XmlText
{
    /// <summary>How often (in elements) the writers flush, so that readers see output while the store is still streaming.</summary>
    public const int FlushEvery = 1000;

    /// <summary>Settings for streamed, asynchronous, UTF-8 XML that keeps every newline and carriage return on a round trip.</summary>
    public static XmlWriterSettings Settings { get; } = new()
    {
        Async = true,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
        CheckCharacters = true,
    };

    /// <summary>
    /// Replaces characters XML 1.0 cannot carry at all (control characters other than tab, newline and carriage
    /// return; lone surrogates; U+FFFE/U+FFFF) by U+FFFD, so that one bad byte in an article cannot break a file.
    /// </summary>
    public static string Clean(string value)
    {
        var firstBad = FirstInvalid(value);
        if (firstBad < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        builder.Append(value, 0, firstBad);
        for (var i = firstBad; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[i + 1]);
                i++;
            }
            else
            {
                builder.Append(XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
            }
        }

        return builder.ToString();
    }

    private static int FirstInvalid(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (XmlConvert.IsXmlChar(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}
