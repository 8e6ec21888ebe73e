using System.Globalization;
using PipelineBot.Host.Tools.Transfer;

namespace PipelineBot.Host.Tools;

/// <summary>
/// Shows how far an import has read: on a terminal a bar redrawn in place each time the percentage changes; anywhere
/// else (a log, CI) a plain line at every tenth, so the output stays short and readable.
/// </summary>
public sealed class ConsoleProgress(TextWriter output, bool terminal, string label) : IProgress<ReadProgress>
{
    private const int BarWidth = 30;
    private int _shown = -1;

    /// <inheritdoc />
    public void Report(ReadProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var percent = value.Bytes == 0 ? 100 : (int)Math.Min(100, value.BytesRead * 100 / value.Bytes);
        if (terminal)
        {
            if (percent == _shown)
            {
                return;
            }
            _shown = percent;
            var filled = percent * BarWidth / 100;
            output.Write(string.Create(CultureInfo.InvariantCulture,
                $"\r{label} [{new string('#', filled)}{new string('.', BarWidth - filled)}] {percent,3}%  {value.Rows:N0} rows"));
            return;
        }
        var tenth = percent / 10 * 10;
        if (tenth > Math.Max(_shown, 0))
        {
            _shown = tenth;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: {tenth}% ({value.Rows:N0} rows)"));
        }
    }

    /// <summary>Ends the bar's line, so what follows starts on a line of its own.</summary>
    public void Finish()
    {
        if (terminal && _shown >= 0)
        {
            output.WriteLine();
        }
    }
}
