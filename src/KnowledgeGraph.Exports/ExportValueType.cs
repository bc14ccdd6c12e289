namespace KnowledgeGraph.Exports;

/// <summary>The declared type of an exported attribute, mapped onto each format's own type names.</summary>
public enum ExportValueType
{
    /// <summary>Free text.</summary>
    String,

    /// <summary>A 32-bit integer; values that do not parse are left out.</summary>
    Integer,

    /// <summary><c>true</c> or <c>false</c>; other values are left out.</summary>
    Boolean,
}
