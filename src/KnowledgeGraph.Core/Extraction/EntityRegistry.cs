namespace KnowledgeGraph.Extraction;

/// <summary>Known people, institutions and places with their aliases, loaded from a data file investigators can edit.</summary>
public sealed class EntityRegistry
{
    /// <summary>The registry shipped with the project.</summary>
    public static EntityRegistry LoadDefault() => throw new NotImplementedException("registry lands with issue 3");

    /// <summary>Loads a registry file; the error names the file and entry on bad input.</summary>
    public static EntityRegistry Load(string path) => throw new NotImplementedException(path);
}
