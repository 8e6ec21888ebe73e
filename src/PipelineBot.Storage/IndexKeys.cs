using System.Globalization;

namespace PipelineBot.Storage;

/// <summary>
/// The parts of the composite keys deal and lead queries range over (LiteDB 5 uses one single-expression index per
/// query). Parts are joined by U+001F (unit separator), a control character pipeline validation keeps out of names, and
/// times are zero-padded UTC ticks, so ordinal order is time order.
/// </summary>
internal static class IndexKeys
{
    /// <summary>Sorts after every key part, closing a range of keys that share a prefix.</summary>
    public const string AfterAll = "\uffff";

    private const char Separator = '\u001f';

    public static string Ticks(DateTimeOffset at) => at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);

    public static string Join(params string[] parts) => string.Join(Separator, parts);
}
