using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace KnowledgeGraph.Benchmarks;

/// <summary>Adds a Words/s column (corpus words over the median time of one extraction pass).</summary>
public sealed class ExtractionBenchmarksConfig : ManualConfig
{
    public ExtractionBenchmarksConfig() => AddColumn(new WordsPerSecondColumn());

    private sealed class WordsPerSecondColumn : IColumn
    {
        public string Id => "WordsPerSecond";

        public string ColumnName => "Words/s (median)";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Words in the ~10 MB corpus divided by the median time of one pass";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var median = summary[benchmarkCase]?.ResultStatistics?.Median;
            var wordsFile = Path.Combine(Path.GetTempPath(), "kg-extraction-benchmark-words.txt");
            if (median is null or 0 || !File.Exists(wordsFile))
            {
                return "?";
            }

            // The setup ran in the child process; it left the word count in a temp file for this column.
            var words = long.Parse(File.ReadAllText(wordsFile), CultureInfo.InvariantCulture);
            return (words / (median.Value / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
