using System.Diagnostics;

namespace PipelineBot.Host.Tests.Tools;

/// <summary>
/// Runs the built host as its own process, <c>dotnet PipelineBot.Host.dll …</c>, the way a user runs the tools: the
/// real entry point, configuration from appsettings.json and the environment, and the real exit code and streams.
/// </summary>
internal static class HostExecutable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(string workingDirectory, string databasePath, params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The build copies the host, its runtimeconfig and appsettings.json beside the tests.
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PipelineBot.Host.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["Storage__DatabasePath"] = databasePath;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>The dotnet host running these tests, so the child uses the same runtime; else the one on the path.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
}
