using System.Diagnostics;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>
/// Progress of a long run on stderr: a Spectre progress bar over the bytes of input with articles, articles/s and the time
/// left when stderr is a terminal; otherwise (redirected, CI, a log file) one plain line every
/// <see cref="LineInterval"/>. Input of unknown size (standard input) shows the count and rate without a percentage.
/// </summary>
internal sealed class ProgressDisplay
{
    private static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(10);

    private readonly string _title;
    private readonly long? _totalBytes;
    private readonly long _started = Stopwatch.GetTimestamp();
    private ProgressTask? _task;
    private long _lastLine;
    private long _articles;
    private long _bytes;

    private ProgressDisplay(string title, long? totalBytes)
    {
        _title = title;
        _totalBytes = totalBytes;
        _lastLine = _started;
    }

    /// <summary>Articles done so far.</summary>
    public long Articles => Interlocked.Read(ref _articles);

    /// <summary>Articles per second since the start.</summary>
    public double Rate => Articles / Math.Max(Stopwatch.GetElapsedTime(_started).TotalSeconds, 0.001);

    /// <summary>Runs <paramref name="work"/> while showing its progress; <paramref name="totalBytes"/> is null when unknown.</summary>
    public static async Task<T> RunAsync<T>(string title, long? totalBytes, Func<ProgressDisplay, Task<T>> work)
    {
        var display = new ProgressDisplay(title, totalBytes);
        if (!Terminal.Err.Profile.Capabilities.Interactive)
        {
            return await work(display).ConfigureAwait(false);
        }

        return await Terminal.Err.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RateColumn(display),
                new RemainingTimeColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                display._task = context.AddTask(title, maxValue: Math.Max(totalBytes ?? 1, 1));
                display._task.IsIndeterminate = totalBytes is null;
                return await work(display).ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    /// <summary>Reports the articles done and the input bytes consumed so far.</summary>
    public void Update(long articles, long bytesRead)
    {
        Interlocked.Exchange(ref _articles, articles);
        _bytes = bytesRead;
        if (_task is not null)
        {
            _task.Value = Math.Min(bytesRead, _task.MaxValue);
            return;
        }

        var now = Stopwatch.GetTimestamp();
        if (Stopwatch.GetElapsedTime(_lastLine, now) >= LineInterval)
        {
            _lastLine = now;
            Terminal.Info(Line());
        }
    }

    /// <summary>Marks the input as fully read (the bar reaches 100%).</summary>
    public void Complete()
    {
        if (_task is not null)
        {
            _task.Value = _task.MaxValue;
        }
    }

    private string Line()
    {
        var line = $"{_title}: {Articles:N0} articles, {Rate:N0} articles/s";
        if (_totalBytes is > 0 && _bytes > 0)
        {
            var fraction = Math.Min(1.0, (double)_bytes / _totalBytes.Value);
            var left = Stopwatch.GetElapsedTime(_started) * ((1 - fraction) / fraction);
            line += $", {fraction:P0} of the input, about {Format(left)} left";
        }

        return line + ".";
    }

    private static string Format(TimeSpan span) =>
        span.TotalHours >= 1 ? $"{(int)span.TotalHours} h {span.Minutes} min" : span.TotalMinutes >= 1 ? $"{(int)span.TotalMinutes} min" : $"{span.Seconds} s";

    /// <summary>"12,345 articles · 1,050/s".</summary>
    private sealed class RateColumn(ProgressDisplay display) : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Spectre.Console.Text($"{display.Articles:N0} articles · {display.Rate:N0}/s");
    }
}
