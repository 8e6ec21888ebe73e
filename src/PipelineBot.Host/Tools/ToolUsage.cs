namespace PipelineBot.Host.Tools;

/// <summary>What <c>--help</c> prints.</summary>
internal static class ToolUsage
{
    public const string Text = """
        Usage: dotnet run --project src/PipelineBot.Host -- [verb] [arguments]
               (or PipelineBot.Host [verb] [arguments] where it is installed)

        Without a verb the bot starts and serves /api/messages.

        Verbs:
          seed-demo [--deals N] [--force]
              Fill the database with a demo pipeline: N deals (default 300) across every stage and
              rep, some of them stuck, and leads without a deal. Refuses a database that already has
              deals unless --force is given.
          import <file.csv>
              Import leads and deals from a CSV file (the format is in README.md). Every row is checked
              first; if any has a problem, nothing is imported and each problem (row, column, what is
              wrong) goes to standard error and to <file>.errors.csv beside the file.
          export leads|deals <file.csv>
              Write the leads that have no deal, or every deal with its lead, in the format import reads.
          help
              Show this text.

        The tools read appsettings.json and the environment as the bot does; the database is
        Storage:DatabasePath (e.g. Storage__DatabasePath=demo.db). Stop the bot first: the database
        file belongs to one process at a time.

        Exit codes: 0 done, 1 input refused (see the message or report), 2 wrong command line.

        """;
}
