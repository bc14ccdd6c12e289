namespace KnowledgeGraph.Cli.Synthesis;

/// <summary>
/// A small deterministic generator (SplitMix64): the same seed gives the same numbers on every machine and .NET version,
/// which <see cref="Random"/> does not promise. Each article gets its own stream from (seed, index), so articles do not
/// depend on one another.
/// </summary>
internal sealed class SynthRandom(ulong seed)
{
    private ulong _state = seed;

    public static SynthRandom For(long seed, long index, ulong stream) =>
        new(Mix(unchecked((ulong)seed * 0x9E3779B97F4A7C15UL) ^ Mix(unchecked((ulong)index + stream * 0xD1B54A32D192ED03UL))));

    public ulong Next()
    {
        _state = unchecked(_state + 0x9E3779B97F4A7C15UL);
        return Mix(_state);
    }

    /// <summary>A number in [0, max).</summary>
    public int Below(int max) => (int)(Next() % (ulong)max);

    /// <summary>A number in [min, max] inclusive.</summary>
    public int Between(int min, int max) => min + Below(max - min + 1);

    /// <summary>A double in [0, 1).</summary>
    public double Unit() => (Next() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => Unit() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    private static ulong Mix(ulong z)
    {
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}
