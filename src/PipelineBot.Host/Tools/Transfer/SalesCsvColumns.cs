namespace PipelineBot.Host.Tools.Transfer;

/// <summary>
/// The columns of the leads-and-deals CSV, in the order export writes them. One format serves both: a row with a
/// <see cref="Stage"/> is a deal and the lead it was opened for, a row without one is a lead that has no deal.
/// Import finds columns by name in any order, ignoring case; a column left out counts as empty on every row.
/// </summary>
public static class SalesCsvColumns
{
    /// <summary>The lead's id (a GUID); empty on import makes a new one.</summary>
    public const string LeadId = "lead_id";

    /// <summary>The deal's id (a GUID); empty on import makes a new one. Deals only.</summary>
    public const string DealId = "deal_id";

    /// <summary>The company, which also names the deal.</summary>
    public const string Company = "company";

    /// <summary>The contact person's name; needs <see cref="ConsentGivenAt"/>.</summary>
    public const string ContactName = "contact_name";

    /// <summary>The contact's work email, unique across the file and the database; needs <see cref="ConsentGivenAt"/>.</summary>
    public const string Email = "email";

    /// <summary>When the contact agreed to be contacted; contact details are kept only with it.</summary>
    public const string ConsentGivenAt = "consent_given_at";

    /// <summary>The owning rep's id from <c>Routing:Reps</c>.</summary>
    public const string Owner = "owner";

    /// <summary>The lead's status: New, Engaged, Mql or Cold for a lead, Sql (the default), SalesAccepted or SalesRejected for a deal's.</summary>
    public const string LeadStatus = "lead_status";

    /// <summary>The deal's pipeline; empty means the default one. Deals only.</summary>
    public const string Pipeline = "pipeline";

    /// <summary>The deal's stage in its pipeline; what makes the row a deal.</summary>
    public const string Stage = "stage";

    /// <summary>What the deal is worth, digits with a '.' for decimals. Deals only.</summary>
    public const string Value = "value";

    /// <summary>The value's ISO 4217 code; empty means <c>Pipeline:Currency</c>. Deals only.</summary>
    public const string Currency = "currency";

    /// <summary>The day the deal is expected to close (yyyy-MM-dd). Deals only.</summary>
    public const string ExpectedClose = "expected_close";

    /// <summary>What the owner will do next. Deals only, with <see cref="NextStepDue"/>.</summary>
    public const string NextStep = "next_step";

    /// <summary>The day the next step is due (yyyy-MM-dd). Deals only, with <see cref="NextStep"/>.</summary>
    public const string NextStepDue = "next_step_due";

    /// <summary>Why a won or lost deal was won or lost; required for those, refused for open ones.</summary>
    public const string CloseReason = "close_reason";

    /// <summary>When the deal opened (a deal row) or the lead was created (a lead row); empty means now.</summary>
    public const string CreatedAt = "created_at";

    /// <summary>When the deal entered its stage; empty means <see cref="CreatedAt"/>. Deals only.</summary>
    public const string StageEnteredAt = "stage_entered_at";

    /// <summary>Every column, in export order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        LeadId, DealId, Company, ContactName, Email, ConsentGivenAt, Owner, LeadStatus, Pipeline, Stage, Value, Currency,
        ExpectedClose, NextStep, NextStepDue, CloseReason, CreatedAt, StageEnteredAt,
    ];

    /// <summary>The columns only a deal row may fill.</summary>
    public static IReadOnlyList<string> DealOnly { get; } =
        [DealId, Pipeline, Value, Currency, ExpectedClose, NextStep, NextStepDue, CloseReason, StageEnteredAt];
}
