using System.Globalization;
using PipelineBot.Host.Tools.Demo;
using PipelineBot.Host.Tools.Transfer;

namespace PipelineBot.Host.Tools;

/// <summary>What a command line asks the tools to do: one record per verb, parsed before anything is opened.</summary>
public abstract record ToolRequest
{
    /// <summary>The verbs, as typed.</summary>
    public const string Import = "import", Export = "export", SeedDemo = "seed-demo", Help = "help";

    private static readonly string[] HelpFlags = ["--help", "-h", "-?"];

    /// <summary>
    /// True when the command line names a tool rather than starting the bot: its first argument is a word, not an
    /// option (<c>--urls …</c>) or a configuration setting (<c>Storage:DatabasePath=…</c>), which the bot takes.
    /// </summary>
    public static bool IsToolCommandLine(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Count > 0 && (HelpFlags.Contains(args[0]) || (!args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal)));
    }

    /// <summary>Parses a tool command line.</summary>
    /// <exception cref="ToolUsageException">The verb, an argument or an option is wrong or missing.</exception>
    public static ToolRequest Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0 || args[0] == Help || args.Any(HelpFlags.Contains))
        {
            return new HelpRequest();
        }
        var rest = args.Skip(1).ToList();
        return args[0] switch
        {
            Import => new ImportRequest(Operands(Import, rest, "<file.csv>")[0]),
            Export => ParseExport(rest),
            SeedDemo => ParseSeedDemo(rest),
            _ => throw new ToolUsageException($"'{args[0]}' is not a verb; the verbs are {Import}, {Export}, {SeedDemo} and {Help}."),
        };
    }

    private static ExportRequest ParseExport(List<string> args)
    {
        var operands = Operands(Export, args, "leads|deals", "<file.csv>");
        return operands[0].ToLowerInvariant() switch
        {
            "leads" => new ExportRequest(SalesExportKind.Leads, operands[1]),
            "deals" => new ExportRequest(SalesExportKind.Deals, operands[1]),
            _ => throw new ToolUsageException($"{Export} writes leads or deals, not '{operands[0]}'."),
        };
    }

    private static SeedDemoRequest ParseSeedDemo(List<string> args)
    {
        var deals = SeedDemoRequest.DefaultDeals;
        var force = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--force":
                    force = true;
                    break;
                case "--deals" when i + 1 < args.Count:
                    deals = int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 && n <= DemoPipelineSeeder.MaxDeals
                        ? n
                        : throw new ToolUsageException($"--deals takes a number from 1 to {DemoPipelineSeeder.MaxDeals}, not '{args[i]}'.");
                    break;
                case "--deals":
                    throw new ToolUsageException("--deals needs a number, e.g. --deals 300.");
                default:
                    throw new ToolUsageException($"{SeedDemo} takes --deals <n> and --force, not '{args[i]}'.");
            }
        }
        return new SeedDemoRequest(deals, force);
    }

    /// <summary>The verb's positional arguments, exactly as many as it takes; any option is refused.</summary>
    private static List<string> Operands(string verb, List<string> args, params string[] names)
    {
        if (args.FirstOrDefault(a => a.StartsWith("--", StringComparison.Ordinal)) is { } option)
        {
            throw new ToolUsageException($"{verb} takes no option '{option}'.");
        }
        if (args.Count != names.Length)
        {
            throw new ToolUsageException($"{verb} takes {string.Join(" ", names)}; got {(args.Count == 0 ? "nothing" : string.Join(" ", args))}.");
        }
        return args;
    }
}
