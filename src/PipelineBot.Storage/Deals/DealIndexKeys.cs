using System.Globalization;
using LiteDB;
using PipelineBot.Sales.Deals;

namespace PipelineBot.Storage.Deals;

/// <summary>
/// The composite keys the deal queries range over. LiteDB 5 indexes one expression per index and uses one index per
/// query, so a question such as "which of Anna's Proposal deals entered the stage before March 3?" needs a single
/// ordered key holding owner, pipeline, stage and entry time; a range on it reads only the deals that answer, however
/// many are stored. Parts are joined by U+001F (unit separator), a control character pipeline validation keeps out of names, and times are
/// zero-padded UTC ticks, so ordinal order is time order.
/// </summary>
internal static class DealIndexKeys
{
    /// <summary>Pipeline, stage and the time the deal entered it.</summary>
    public const string StageSince = "stageSince";

    /// <summary>Owner (empty for none), then <see cref="StageSince"/>.</summary>
    public const string OwnerStageSince = "ownerStageSince";

    /// <summary>The owner of an open deal (empty for none); null once the deal is closed, so closed deals never match.</summary>
    public const string OpenOwner = "openOwner";

    private const char Separator = '\u001f';

    /// <summary>Sorts after every key part, closing a range of keys that share a prefix.</summary>
    private const string AfterAll = "\uffff";

    /// <summary>
    /// The range of every <see cref="OpenOwner"/> key: every string sorts at or after "", and closed deals hold null,
    /// so it is exactly the open deals. A range rather than "at least ''", which LiteDB runs as a scan of the whole index.
    /// </summary>
    public static (string From, string To) AnyOwner => (string.Empty, AfterAll);

    public static void AddTo(BsonDocument document, DealSummary deal)
    {
        var stageSince = Join(deal.Pipeline, deal.Stage, Ticks(deal.EnteredStageAt));
        document[StageSince] = stageSince;
        document[OwnerStageSince] = Join(deal.OwnerRepId ?? string.Empty, stageSince);
        document[OpenOwner] = deal.Outcome == DealOutcome.Open ? deal.OwnerRepId ?? string.Empty : BsonValue.Null;
    }

    /// <summary>The key range of deals in the stage that entered it before the time, for everyone or one owner.</summary>
    public static (string Field, string From, string To) EnteredBefore(string pipeline, string stage, DateTimeOffset before, string? ownerRepId)
    {
        var stagePrefix = Join(pipeline, stage, string.Empty);
        var (field, prefix) = ownerRepId is null ? (StageSince, stagePrefix) : (OwnerStageSince, Join(ownerRepId, stagePrefix));
        // The lowest tick string is all zeros; the upper bound is exclusive in meaning, so one tick is taken off.
        return (field, prefix, prefix + Ticks(before.AddTicks(-1)));
    }

    /// <summary>The key of a finished dwell: pipeline, stage and when the deal left, so the latest sort last.</summary>
    public static string Dwell(string pipeline, string stage, DateTimeOffset leftAt) => Join(pipeline, stage, Ticks(leftAt));

    /// <summary>The range of keys of every dwell of the stage.</summary>
    public static (string From, string To) Dwells(string pipeline, string stage)
    {
        var prefix = Join(pipeline, stage, string.Empty);
        return (prefix, prefix + AfterAll);
    }

    private static string Ticks(DateTimeOffset at) => at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);

    private static string Join(params string[] parts) => string.Join(Separator, parts);
}
