namespace KnowledgeGraph.Exports.Tests.Support;

/// <summary>Strings that break careless writers: quotes, markup, ampersands, newlines, backslashes, scripts, emoji.</summary>
internal static class Nasty
{
    public const string Quoted = "Ana \"La Jefa\" O'Rourke & <Sons>";
    public const string Cyrillic = "Сергей Лавров";
    public const string Arabic = "محمد بن سلمان";
    public const string Accents = "Carlos Fernández de Cossío";
    public const string Multiline = "Line one\nLine two\r\nLine \"three\"\tend";
    public const string Backslash = "C:\\path\\ends\\";
    public const string Emoji = "Havana 🇨🇺";
    public const string Claim = "<script>alert(\"x\")</script> & the \"talks\" began; really, 100%";
    public const string Evidence = "\"We deny it,\" he said,\nadding: <never> & \"never\"; ok";
    public const string Title = "Title with <b>tags</b> & \"quotes\"";
    public const string Url = "https://news.example/?a=1&b=<2>";

    /// <summary>Control characters XML cannot carry; exports replace them by U+FFFD.</summary>
    public const string WithControls = "role\u0001with\u0007controls";

    public static readonly string[] Names = [Quoted, Cyrillic, Arabic, Accents, Backslash, Claim, Title];
}
