namespace PipelineBot.Host.Tests.Infrastructure;

/// <summary>Files of the checkout the tests run from: the Node scripts they start, and docs/ for a refreshed screenshot.</summary>
internal static class RepositoryFiles
{
    /// <summary>The repository root: the nearest folder above the test binaries holding PipelineBot.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "PipelineBot.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No PipelineBot.sln above {AppContext.BaseDirectory}: the tests must run from a checkout.");
    }
}
