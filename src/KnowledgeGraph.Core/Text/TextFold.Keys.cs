using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Text;

public static partial class TextFold
{
    /// <summary>
    /// The matching key the stores keep and compare: folded, combining accents of decomposed text dropped, and every
    /// run of characters other than letters and digits turned into one space ("  Jane Q. Doe " → "jane q doe").
    /// </summary>
    /// <param name="text">The text to fold; null folds to "".</param>
    /// <returns>The key; "" for text without letters or digits.</returns>
    public static string Key(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (IsCombiningAccent(ch))
            {
                continue;
            }

            var c = FoldChar(ch);
            if (!char.IsLetterOrDigit(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The matching key, or null for text without letters or digits (a filter that is not set).</summary>
    /// <param name="text">The filter text, possibly null.</param>
    /// <returns>The key of <paramref name="text"/>, or null when it is empty.</returns>
    public static string? KeyOrNull(string? text) => Key(text) is { Length: > 0 } key ? key : null;

    /// <summary>
    /// The slug of a name in entity ids (<c>institution:&lt;slug&gt;</c>): folded letters and digits, with '.' and
    /// apostrophes dropped ("U.S." → "us", "O’Brien" → "obrien") and every other run of characters one '-'.
    /// </summary>
    /// <param name="name">The name to turn into a slug.</param>
    /// <returns>The slug; "" for a name without letters or digits.</returns>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length);
        var pendingHyphen = false;
        foreach (var ch in name)
        {
            var c = FoldChar(ch);
            if (char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && sb.Length > 0)
                {
                    sb.Append('-');
                }

                pendingHyphen = false;
                sb.Append(c);
            }
            else if (c != '.' && c != '\'')
            {
                pendingHyphen = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>The first hex characters of the SHA-256 of a string, for short stable ids.</summary>
    internal static string ShortHash(string text, int hexChars = 12)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        var rented = ArrayPool<byte>.Shared.Rent(max);
        try
        {
            var length = Encoding.UTF8.GetBytes(text, rented);
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(rented.AsSpan(0, length), hash);
            return Convert.ToHexStringLower(hash[..((hexChars + 1) / 2)])[..hexChars];
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>This thread's SHA-256, reused id after id (OpenSSL's one-shot hash sets up and tears down a context per call).</summary>
    [ThreadStatic]
    private static IncrementalHash? _sha256;

    /// <summary>
    /// <paramref name="prefix"/> followed by the first 12 hex characters of the SHA-256 of <paramref name="text"/>: the
    /// same as <c>prefix + ShortHash(text.ToString())</c>, built as one string.
    /// </summary>
    internal static string PrefixedShortHash(string prefix, ReadOnlySpan<char> text)
    {
        const int HexChars = 12;
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        var rented = ArrayPool<byte>.Shared.Rent(max);
        Span<byte> hash = stackalloc byte[32];
        try
        {
            var length = Encoding.UTF8.GetBytes(text, rented);
            var sha = _sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            sha.AppendData(rented.AsSpan(0, length));
            sha.GetHashAndReset(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        Span<char> id = stackalloc char[prefix.Length + HexChars];
        prefix.AsSpan().CopyTo(id);
        Convert.TryToHexStringLower(hash[..(HexChars / 2)], id[prefix.Length..], out _);
        return new string(id);
    }

    // Text that arrives decomposed ("e" + U+0301) keeps its words whole: the accent is dropped, not read as a break.
    private static bool IsCombiningAccent(char c) => c is >= '\u0300' and <= '\u036F';
}
