using System.Globalization;

namespace Evo8x8.Client.Benchmarks.Figures;

/// <summary>One line of the figures table: the SDK's figure, its baseline from the same run, the ratio and the goal.</summary>
internal sealed record FigureRow(string Figure, string Sdk, string Baseline, double Ratio, string Goal, bool? Met)
{
    public static void WriteTable(TextWriter output, IReadOnlyList<FigureRow> rows)
    {
        output.WriteLine("| figure | SDK | baseline | ratio | goal | result |");
        output.WriteLine("|---|---|---|---|---|---|");
        foreach (FigureRow row in rows)
        {
            string result = row.Met switch { true => "PASS", false => "MISS", null => "-" };
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {row.Figure} | {row.Sdk} | {row.Baseline} | {row.Ratio:F2}x | {row.Goal} | {result} |"));
        }
    }

    /// <summary>The row as one tab-separated line, for a child process to hand its rows to the run that started it.</summary>
    public string ToLine()
    {
        string met = Met switch { true => "PASS", false => "MISS", null => "-" };
        return string.Join('\t', Figure, Sdk, Baseline, Ratio.ToString("R", CultureInfo.InvariantCulture), Goal, met);
    }

    /// <summary>A row written by <see cref="ToLine"/>.</summary>
    public static FigureRow FromLine(string line)
    {
        string[] fields = line.Split('\t');
        bool? met = fields[5] switch { "PASS" => true, "MISS" => false, _ => null };
        return new FigureRow(fields[0], fields[1], fields[2], double.Parse(fields[3], CultureInfo.InvariantCulture), fields[4], met);
    }

    public static string Time(double nanoseconds) => nanoseconds switch
    {
        double.NaN => "n/a",
        >= 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1_000_000:F2} ms"),
        >= 1_000 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1_000:F2} µs"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds:F0} ns"),
    };

    public static string Bytes(long? bytes) => bytes switch
    {
        null => "n/a",
        >= 1_048_576 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1_048_576.0:F2} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F2} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
    };
}
