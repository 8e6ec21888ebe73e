using System.Globalization;
using PipelineBot.Host.Tools.Transfer;

namespace PipelineBot.Host.Tools;

/// <summary><c>export leads|deals &lt;file.csv&gt;</c>.</summary>
public static partial class CommandLineTools
{
    private static async Task<ToolExitCode> ExportAsync(ExportRequest request, IServiceProvider services, ToolConsole console)
    {
        var rows = await services.GetRequiredService<SalesCsvExport>().ExportAsync(request.Kind, request.Path);
        var what = request.Kind == SalesExportKind.Leads ? "leads without a deal" : "deals with their leads";
        await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Exported {rows:N0} {what} to {request.Path}."));
        return ToolExitCode.Success;
    }
}
