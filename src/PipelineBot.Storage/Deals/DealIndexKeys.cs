using LiteDB;
using PipelineBot.Sales.Deals;

namespace PipelineBot.Storage.Deals;

/// <summary>
/// The composite keys the deal queries range over. LiteDB 5 indexes one expression per index and uses one index per
/// query, so a question such as "which of Anna's Proposal deals entered the stage before March 3?" needs a single
/// ordered key holding owner, pipeline, stage and entry time; a range on it reads only the deals that answer, however
/// many are stored. Keys are built by <see cref="IndexKeys"/>.
/// </summary>
internal static class DealIndexKeys
{
    /// <summary>Pipeline, stage and the time the deal entered it.</summary>
    public const string StageSince = "stageSince";

    /// <summary>Owner (empty for none), then <see cref="StageSince"/>.</summary>
    public const string OwnerStageSince = "ownerStageSince";

    /// <summary>The owner of an open deal (empty for none); null once the deal is closed, so closed deals never match.</summary>
    public const string OpenOwner = "openOwner";

    /// <summary>
    /// The range of every <see cref="OpenOwner"/> key: every string sorts at or after "", and closed deals hold null,
    /// so it is exactly the open deals. A range rather than "at least ''", which LiteDB runs as a scan of the whole index.
    /// </summary>
    public static (string From, string To) AnyOwner => (string.Empty, IndexKeys.AfterAll);

    public static void AddTo(BsonDocument document, DealSummary deal)
    {
        var stageSince = IndexKeys.Join(deal.Pipeline, deal.Stage, IndexKeys.Ticks(deal.EnteredStageAt));
        document[StageSince] = stageSince;
        document[OwnerStageSince] = IndexKeys.Join(deal.OwnerRepId ?? string.Empty, stageSince);
        document[OpenOwner] = deal.Outcome == DealOutcome.Open ? deal.OwnerRepId ?? string.Empty : BsonValue.Null;
    }

    /// <summary>The key range of deals in the stage that entered it before the time, for everyone or one owner.</summary>
    public static (string Field, string From, string To) EnteredBefore(string pipeline, string stage, DateTimeOffset before, string? ownerRepId)
    {
        var stagePrefix = IndexKeys.Join(pipeline, stage, string.Empty);
        var (field, prefix) = ownerRepId is null ? (StageSince, stagePrefix) : (OwnerStageSince, IndexKeys.Join(ownerRepId, stagePrefix));
        // The lowest tick string is all zeros; the upper bound is exclusive in meaning, so one tick is taken off.
        return (field, prefix, prefix + IndexKeys.Ticks(before.AddTicks(-1)));
    }

    /// <summary>The key of a finished dwell: pipeline, stage and when the deal left, so the latest sort last.</summary>
    public static string Dwell(string pipeline, string stage, DateTimeOffset leftAt) => IndexKeys.Join(pipeline, stage, IndexKeys.Ticks(leftAt));

    /// <summary>The range of keys of every dwell of the stage.</summary>
    public static (string From, string To) Dwells(string pipeline, string stage)
    {
        var prefix = IndexKeys.Join(pipeline, stage, string.Empty);
        return (prefix, prefix + IndexKeys.AfterAll);
    }
}
