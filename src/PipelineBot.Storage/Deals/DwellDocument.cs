using LiteDB;
using PipelineBot.Sales.Deals;

namespace PipelineBot.Storage.Deals;

/// <summary>
/// Maps a finished <see cref="StageDwell"/> to its append-only <c>deal_dwells</c> document. The stuck rule needs each
/// stage's latest dwells; kept apart and keyed by stage and time, they are read newest first from one index instead
/// of from every deal's history. The id is the deal and the history entry that ended the dwell, so it is written once.
/// </summary>
internal static class DwellDocument
{
    public const string Key = "key";
    public const string Ticks = "ticks";

    public static BsonDocument Create(Guid dealId, string pipeline, StageDwell dwell) => new()
    {
        ["_id"] = $"{dealId:N}:{dwell.LeftBySequence:D10}",
        [Key] = DealIndexKeys.Dwell(pipeline, dwell.Stage, dwell.LeftAt),
        [Ticks] = dwell.Duration.Ticks,
    };
}
