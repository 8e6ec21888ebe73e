using LiteDB;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Qualification;

namespace PipelineBot.Storage.Leads;

/// <summary>
/// Maps a <see cref="LeadSnapshot"/> to and from its <c>leads</c> document by hand rather than through BsonMapper
/// registrations: the domain's value types have constructors and no setters, and an explicit shape makes it plain which
/// fields hold personal data. The history lives apart, in <c>lead_history</c>; the document counts how much of it is
/// the lead's, so a reader racing a save never sees entries of a newer version.
/// </summary>
internal static class LeadDocument
{
    public const string VisitorKey = "visitorKey";
    public const string CreatedAt = "createdAt";
    public const string CompanyDomain = "companyDomain";
    public const string OwnerRepId = "ownerRepId";
    public const string OwnerAssignedBy = "ownerAssignedBy";
    public const string OwnerAssignedAt = "ownerAssignedAt";
    public const string Version = "version";
    public const string HistoryCount = "historyCount";

    /// <summary>
    /// The last activity, as <see cref="IndexKeys.Ticks"/>, of a lead that <see cref="Lead.AwaitsOwner"/>; null for any
    /// other, so a range over it reads only the leads that can go silent.
    /// </summary>
    public const string QuietSince = "quietSince";

    /// <summary>Owner, then <see cref="QuietSince"/>; null like it.</summary>
    public const string OwnerQuietSince = "ownerQuietSince";

    public static BsonDocument Create(LeadSnapshot lead, long version) => new()
    {
        ["_id"] = lead.Id,
        // The index key; channel and user are kept apart too, since a user id may itself contain '/'.
        [VisitorKey] = BsonValues.From(lead.Visitor?.ToString()),
        ["visitor"] = lead.Visitor is { } v ? new BsonDocument { ["channelId"] = v.ChannelId, ["userId"] = v.UserId } : BsonValue.Null,
        [CreatedAt] = BsonValues.From(lead.CreatedAt),
        ["name"] = BsonValues.From(lead.Name),
        ["workEmail"] = BsonValues.From(lead.WorkEmail),
        [CompanyDomain] = BsonValues.From(lead.WorkEmail is { } email ? EmailAddress.Parse(email).CompanyDomain : null),
        ["company"] = BsonValues.From(lead.Company),
        ["role"] = BsonValues.From(lead.Role),
        ["industry"] = BsonValues.From(lead.Industry),
        ["companySize"] = BsonValues.From(lead.CompanySize),
        ["region"] = BsonValues.From(lead.Region),
        ["consentGivenAt"] = BsonValues.From(lead.ConsentGivenAt),
        ["answers"] = new BsonArray(lead.Answers.Select(ToDocument)),
        ["interactions"] = lead.Interactions,
        ["lastInteractionAt"] = BsonValues.From(lead.LastInteractionAt),
        ["status"] = lead.Status.ToString(),
        ["markedForNurture"] = lead.MarkedForNurture,
        ["score"] = new BsonDocument
        {
            ["fit"] = lead.Score.Fit, ["engagement"] = lead.Score.Engagement, ["answers"] = lead.Score.Answers, ["total"] = lead.Score.Total,
        },
        ["reasons"] = new BsonArray(lead.Reasons.Select(reason => new BsonValue(reason))),
        [OwnerRepId] = BsonValues.From(lead.OwnerRepId),
        [OwnerAssignedBy] = BsonValues.From(lead.OwnerAssignedBy),
        [OwnerAssignedAt] = BsonValues.From(lead.OwnerAssignedAt),
        ["dealId"] = lead.DealId is { } dealId ? new BsonValue(dealId) : BsonValue.Null,
        ["demoRequested"] = lead.DemoRequested,
        ["quoteRequested"] = lead.QuoteRequested,
        ["erasedAt"] = BsonValues.From(lead.ErasedAt),
        [HistoryCount] = lead.History.Count,
        [QuietSince] = lead.AwaitsOwner ? IndexKeys.Ticks(lead.LastActivityAt) : BsonValue.Null,
        [OwnerQuietSince] = lead.AwaitsOwner ? IndexKeys.Join(lead.OwnerRepId!, IndexKeys.Ticks(lead.LastActivityAt)) : BsonValue.Null,
        [Version] = version,
    };

    /// <summary>
    /// The key range of leads awaiting their owner whose last activity is at or before the time, for everyone or one
    /// owner. Every key sorts at or after the empty prefix and null below it, so other leads stay out.
    /// </summary>
    public static (string Field, string From, string To) QuietSinceRange(DateTimeOffset quietSince, string? ownerRepId)
    {
        var (field, prefix) = ownerRepId is null ? (QuietSince, string.Empty) : (OwnerQuietSince, IndexKeys.Join(ownerRepId, string.Empty));
        return (field, prefix, prefix + IndexKeys.Ticks(quietSince));
    }

    public static LeadSnapshot ToSnapshot(BsonDocument document, IReadOnlyList<LeadStatusChange> history) => new()
    {
        Id = document["_id"].AsGuid,
        Visitor = document["visitor"] is { IsDocument: true } v ? new VisitorKey(v["channelId"].AsString, v["userId"].AsString) : null,
        CreatedAt = BsonValues.ToDateTimeOffset(document[CreatedAt]),
        Name = BsonValues.ToNullableString(document["name"]),
        WorkEmail = BsonValues.ToNullableString(document["workEmail"]),
        Company = BsonValues.ToNullableString(document["company"]),
        Role = BsonValues.ToNullableString(document["role"]),
        Industry = BsonValues.ToNullableString(document["industry"]),
        CompanySize = BsonValues.ToNullableString(document["companySize"]),
        Region = BsonValues.ToNullableString(document["region"]),
        ConsentGivenAt = BsonValues.ToNullableDateTimeOffset(document["consentGivenAt"]),
        Answers = [.. document["answers"].AsArray.Select(answer => ToAnswer(answer.AsDocument))],
        Interactions = document["interactions"].AsInt32,
        LastInteractionAt = BsonValues.ToNullableDateTimeOffset(document["lastInteractionAt"]),
        Status = BsonValues.ToEnum<LeadStatus>(document["status"]),
        MarkedForNurture = document["markedForNurture"].AsBoolean,
        Score = document["score"].AsDocument is var s
            ? new LeadScore(s["fit"].AsInt32, s["engagement"].AsInt32, s["answers"].AsInt32, s["total"].AsInt32)
            : LeadScore.Zero,
        Reasons = [.. document["reasons"].AsArray.Select(reason => reason.AsString)],
        OwnerRepId = BsonValues.ToNullableString(document[OwnerRepId]),
        OwnerAssignedBy = BsonValues.ToNullableEnum<AssignmentMethod>(document[OwnerAssignedBy]),
        OwnerAssignedAt = BsonValues.ToNullableDateTimeOffset(document[OwnerAssignedAt]),
        DealId = document["dealId"].IsNull ? null : document["dealId"].AsGuid,
        DemoRequested = document["demoRequested"].AsBoolean,
        QuoteRequested = document["quoteRequested"].AsBoolean,
        ErasedAt = BsonValues.ToNullableDateTimeOffset(document["erasedAt"]),
        History = history,
        Version = document[Version].AsInt64,
    };

    private static BsonDocument ToDocument(LeadAnswer answer) => new()
    {
        ["questionId"] = answer.QuestionId,
        ["field"] = answer.Field.ToString(),
        ["promptType"] = answer.PromptType.ToString(),
        ["rawText"] = BsonValues.From(answer.RawText),
        ["value"] = BsonValues.From(answer.Value),
        ["dimension"] = BsonValues.From(answer.Dimension),
        ["verdict"] = answer.Verdict.ToString(),
        ["answeredAt"] = BsonValues.From(answer.AnsweredAt),
    };

    private static LeadAnswer ToAnswer(BsonDocument answer) => new(
        answer["questionId"].AsString,
        BsonValues.ToEnum<LeadField>(answer["field"]),
        BsonValues.ToEnum<PromptType>(answer["promptType"]),
        BsonValues.ToNullableString(answer["rawText"]),
        BsonValues.ToNullableString(answer["value"]),
        BsonValues.ToNullableEnum<BantDimension>(answer["dimension"]),
        BsonValues.ToEnum<Verdict>(answer["verdict"]),
        BsonValues.ToDateTimeOffset(answer["answeredAt"]));
}
