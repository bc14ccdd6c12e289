using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Extraction.Cleaning;

/// <summary>The walk over files and folders: stable order, links to folders not followed, each file once.</summary>
public sealed partial class ArticleReader
{
    /// <summary>A file to read and its size (-1 for standard input).</summary>
    private readonly record struct InputFile(string Path, long Length);

    /// <summary>A folder entry waiting in the walk: folders are expanded when they come up, files are read.</summary>
    private readonly record struct Entry(string Path, string RealPath, bool IsFolder, long Length);

    private IEnumerable<InputFile> Expand(IEnumerable<string> paths)
    {
        // Real paths of the folders walked (few), and a 128-bit digest of the real path of every file read: a file named
        // twice, reached through a link, or under two named folders is read once, in constant memory per file.
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var files = new HashSet<UInt128>();
        foreach (var path in paths)
        {
            if (path == StandardInputName)
            {
                yield return new InputFile(path, -1);
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Walk(path, folders, files))
                {
                    yield return file;
                }
            }
            else if (File.Exists(path))
            {
                if (files.Add(Digest(RealPath(path))))
                {
                    yield return new InputFile(path, FileLength(new FileInfo(path)));
                }
            }
            else
            {
                Report(path, null, $"{path}: no such file or folder; skipped.");
            }
        }
    }

    private IEnumerable<InputFile> Walk(string root, HashSet<string> folders, HashSet<UInt128> files)
    {
        var pending = new Stack<Entry>();
        pending.Push(new Entry(root, RealPath(root), IsFolder: true, 0));
        while (pending.TryPop(out var entry))
        {
            if (!entry.IsFolder)
            {
                if (files.Add(Digest(entry.RealPath)))
                {
                    yield return new InputFile(entry.Path, entry.Length);
                }

                continue;
            }

            if (!folders.Add(entry.RealPath))
            {
                continue;
            }

            // Pushed in reverse so that entries come off in ordinal order; a folder's key ends in '/' so that the order is
            // the ordinal order of the full paths ("a.txt" before "a/…", "a/…" before "a0.txt").
            foreach (var child in Children(entry).OrderByDescending(e => Key(e), StringComparer.Ordinal))
            {
                pending.Push(child);
            }
        }
    }

    private static string Key(Entry entry) => entry.IsFolder ? Path.GetFileName(entry.Path) + "/" : Path.GetFileName(entry.Path);

    private List<Entry> Children(Entry folder)
    {
        var children = new List<Entry>();
        try
        {
            foreach (var info in new DirectoryInfo(folder.Path).EnumerateFileSystemInfos())
            {
                var path = Path.Join(folder.Path, info.Name);
                if (info is DirectoryInfo)
                {
                    if (info.LinkTarget is not null)
                    {
                        Report(path, null, $"{path}: a link to a folder, not followed.", skipped: false);
                    }
                    else
                    {
                        children.Add(new Entry(path, Path.Join(folder.RealPath, info.Name), IsFolder: true, 0));
                    }
                }
                else if (IsArticleFile(info.Name))
                {
                    var real = info.LinkTarget is null ? Path.Join(folder.RealPath, info.Name) : RealPath(path);
                    children.Add(new Entry(path, real, IsFolder: false, FileLength(info)));
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            Report(folder.Path, null, $"{folder.Path}: the folder could not be read ({Reason(ex, folder.Path)}); skipped.");
        }

        return children;
    }

    private static long FileLength(FileSystemInfo info)
    {
        try
        {
            return info.LinkTarget is null ? ((FileInfo)info).Length : new FileInfo(RealPath(info.FullName)).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0; // A broken link or a file that went away: reading it reports the problem.
        }
    }

    /// <summary>The path with every link along it resolved (like realpath(3)), so that two names of one file compare equal.</summary>
    private static string RealPath(string path, int depth = 0)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Join(current, part);
            try
            {
                var target = new FileInfo(next).LinkTarget;
                if (target is not null && depth < 40)
                {
                    next = RealPath(Path.IsPathRooted(target) ? target : Path.Join(current, target), depth + 1);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // An unreadable link stays as named.
            }

            current = next;
        }

        return current;
    }

    private static UInt128 Digest(string realPath) =>
        BinaryPrimitives.ReadUInt128LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(realPath)));

    private IEnumerable<ArticleInput> ReadArticleFile(string path)
    {
        var bytes = ReadBytes(path);
        var text = bytes is null ? null : DecodeText(bytes, path);
        if (text is null)
        {
            yield break;
        }

        var name = Path.GetFileName(path);
        yield return IsHtml(path) ? HtmlArticle.Read(text, name) : new ArticleInput(name, text);
    }

    private byte[]? ReadBytes(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            if (file.Length > MaxArticleBytes)
            {
                Report(path, null, $"{path}: {file.Length / (1 << 20)} MB is too large for one article (the limit is {MaxArticleBytes >> 20} MB); skipped.");
                return null;
            }

            var bytes = new byte[file.Length];
            file.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Report(path, null, $"{path}: the file could not be read ({Reason(ex, path)}); skipped.");
            return null;
        }
    }
}
