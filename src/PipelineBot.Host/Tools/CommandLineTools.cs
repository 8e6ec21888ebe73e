using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using PipelineBot.Host.Extensions;
using PipelineBot.Host.Tools.Demo;
using PipelineBot.Host.Tools.Transfer;
using PipelineBot.Storage;

namespace PipelineBot.Host.Tools;

/// <summary>
/// The command-line tools of the host executable (<c>import</c>, <c>export</c>, <c>seed-demo</c>, <c>help</c>). They
/// compose the bot's own configuration and services, so they read the same settings and database file, but never
/// start the host: no Kestrel, and no hosted service that talks to channels runs.
/// </summary>
public static partial class CommandLineTools
{
    /// <summary>Runs the tool the command line names and returns the process's exit code (see <see cref="ToolExitCode"/>).</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, ToolConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        ToolRequest request;
        try
        {
            request = ToolRequest.Parse(args);
        }
        catch (ToolUsageException e)
        {
            await console.Error.WriteLineAsync($"{e.Message}{Environment.NewLine}");
            await console.Error.WriteAsync(ToolUsage.Text);
            return (int)ToolExitCode.UsageError;
        }
        if (request is HelpRequest)
        {
            await console.Out.WriteAsync(ToolUsage.Text);
            return (int)ToolExitCode.Success;
        }
        return (int)await RunAsync(request, console);
    }

    private static async Task<ToolExitCode> RunAsync(ToolRequest request, ToolConsole console)
    {
        using var app = Compose();
        try
        {
            if (DatabaseInUse(app.Services) is { } path)
            {
                await console.Error.WriteLineAsync($"The database {path} is in use by another process, most likely the bot: stop it and run this again.");
                return ToolExitCode.InputRefused;
            }
            return request switch
            {
                ImportRequest import => await ImportAsync(import, app.Services, console),
                ExportRequest export => await ExportAsync(export, app.Services, console),
                SeedDemoRequest seed => await SeedDemoAsync(seed, app.Services, console),
                _ => throw new ArgumentOutOfRangeException(nameof(request), request, "No tool serves this request."),
            };
        }
        catch (OptionsValidationException e)
        {
            await console.Error.WriteLineAsync($"The configuration is not valid: {e.Message}");
            return ToolExitCode.InputRefused;
        }
    }

    /// <summary>
    /// The bot's composition, built but not started. The command line is not passed on: after a verb it holds the
    /// verb's arguments, not settings; the environment still overrides appsettings.json as it does for the bot.
    /// </summary>
    private static WebApplication Compose()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Configuration.AddApplicationSettings();
        // Standard output carries the tools' results, so the bot's logs go to standard error, and only what needs a look.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options =>
        {
            options.FormatterName = ConsoleFormatterNames.Simple;
            options.LogToStandardErrorThreshold = LogLevel.Trace;
        });
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        builder.Services.AddLiteDbStorage();
        builder.Services.AddSalesBot();
        builder.Services.AddSingleton<SalesRowFactory>();
        builder.Services.AddSingleton<SalesCsvImport>();
        builder.Services.AddSingleton<SalesCsvExport>();
        builder.Services.AddSingleton<DemoPipelineSeeder>();
        return builder.Build();
    }

    /// <summary>
    /// The database file's path when another process has it open. LiteDB does not refuse a second process, and two
    /// writing one file corrupt it; but .NET locks the files it opens (shared), so an exclusive open fails while the
    /// bot runs. Checked before the tool opens the database itself.
    /// </summary>
    private static string? DatabaseInUse(IServiceProvider services)
    {
        var path = Path.GetFullPath(services.GetRequiredService<IOptions<LiteDbStorageOptions>>().Value.DatabasePath);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            using var exclusive = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return null;
        }
        catch (IOException)
        {
            return path;
        }
    }
}
