using PipelineBot.Sales.Qualification;

namespace PipelineBot.Sales.Leads;

/// <summary>
/// A visitor on their way through the funnel: contact details, answers, engagement, scores, owner and status.
/// State changes only through domain verbs (split by concern into partial files); each status move is appended to
/// <see cref="History"/>.
/// </summary>
public sealed partial class Lead
{
    private readonly Dictionary<string, LeadAnswer> _answers = new(StringComparer.Ordinal);
    private readonly List<LeadStatusChange> _history = [];
    private IReadOnlyList<string> _reasons = [];

    private Lead(Guid id, VisitorKey? visitor, DateTimeOffset createdAt)
    {
        Id = id;
        Visitor = visitor;
        CreatedAt = createdAt;
        Answers = _answers.AsReadOnly();
        History = _history.AsReadOnly();
    }

    /// <summary>Starts a new lead for a visitor; it stays <see cref="LeadStatus.New"/> until they interact.</summary>
    public static Lead Start(Guid id, VisitorKey visitor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        if (id == Guid.Empty)
        {
            throw new ArgumentException("A lead needs a non-empty id.", nameof(id));
        }
        return new Lead(id, visitor, now);
    }

    /// <summary>The lead's identity, stable across visits.</summary>
    public Guid Id { get; }

    /// <summary>The visitor the lead belongs to; null after erasure, so nobody can load it as theirs any more.</summary>
    public VisitorKey? Visitor { get; private set; }

    /// <summary>When the lead was started; the beginning of every cycle-time metric.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>The visitor's name, once given.</summary>
    public string? Name { get; private set; }

    /// <summary>The visitor's validated work email, once given.</summary>
    public EmailAddress? WorkEmail { get; private set; }

    /// <summary>The company the visitor named.</summary>
    public string? Company { get; private set; }

    /// <summary>The visitor's role, normally a seniority choice id.</summary>
    public string? Role { get; private set; }

    /// <summary>The company's industry, kept after erasure because it identifies nobody.</summary>
    public string? Industry { get; private set; }

    /// <summary>The company's size as a band id or head count, kept after erasure.</summary>
    public string? CompanySize { get; private set; }

    /// <summary>The visitor's region, kept after erasure; routing matches it against rep territories.</summary>
    public string? Region { get; private set; }

    /// <summary>When the visitor consented to be contacted; null while there is no consent.</summary>
    public DateTimeOffset? ConsentGivenAt { get; private set; }

    /// <summary>The answers so far, one per question id, so no question is asked twice.</summary>
    public IReadOnlyDictionary<string, LeadAnswer> Answers { get; }

    /// <summary>How many times the visitor has interacted; engagement scoring reads it.</summary>
    public int Interactions { get; private set; }

    /// <summary>When the visitor last interacted.</summary>
    public DateTimeOffset? LastInteractionAt { get; private set; }

    /// <summary>Where the lead stands in the funnel.</summary>
    public LeadStatus Status { get; private set; } = LeadStatus.New;

    /// <summary>True for an MQL that is not sales-ready and should get nurture sequences; cleared when it becomes SQL.</summary>
    public bool MarkedForNurture { get; private set; }

    /// <summary>The score from the last qualification, by part.</summary>
    public LeadScore Score { get; private set; } = LeadScore.Zero;

    /// <summary>Why the last qualification decided as it did, e.g. both negative BANT answers of a cold lead.</summary>
    public IReadOnlyList<string> Reasons => _reasons;

    /// <summary>The id of the rep who owns the lead, if any.</summary>
    public string? OwnerRepId { get; private set; }

    /// <summary>How the owner was chosen; round-robin assignments let a store derive the next rep in turn.</summary>
    public AssignmentMethod? OwnerAssignedBy { get; private set; }

    /// <summary>When the owner was assigned.</summary>
    public DateTimeOffset? OwnerAssignedAt { get; private set; }

    /// <summary>The deal opened when the lead became SQL, if any.</summary>
    public Guid? DealId { get; private set; }

    /// <summary>True once the visitor asked for a demo, which makes an MQL an SQL.</summary>
    public bool DemoRequested { get; private set; }

    /// <summary>True once the visitor asked for a quote, which makes an MQL an SQL.</summary>
    public bool QuoteRequested { get; private set; }

    /// <summary>When the visitor's personal data was erased; null while it is kept.</summary>
    public DateTimeOffset? ErasedAt { get; private set; }

    /// <summary>The append-only status history, oldest first; a store persists the entries it does not hold yet.</summary>
    public IReadOnlyList<LeadStatusChange> History { get; }

    /// <summary>The stored version this instance was loaded or last saved at (0 before the first save), for optimistic concurrency.</summary>
    public long Version { get; private set; }

    /// <summary>True once personal data has been erased.</summary>
    public bool IsErased => ErasedAt is not null;

    /// <summary>
    /// When anything last happened to the lead: the latest status move, answer or interaction, else its creation. Stores
    /// index it, so "gone silent" is a range query rather than a scan.
    /// </summary>
    public DateTimeOffset LastActivityAt =>
        _history.Select(c => c.At).Concat(_answers.Values.Select(a => a.AnsweredAt)).Append(LastInteractionAt ?? CreatedAt).Append(CreatedAt).Max();

    /// <summary>
    /// True for a lead a rep holds that is still theirs to work but has no deal yet, e.g. a nurtured MQL or an SQL whose
    /// deal was never opened: nothing in the pipeline watches it, so it can go quiet unnoticed.
    /// </summary>
    public bool AwaitsOwner => OwnerRepId is not null && DealId is null && !IsErased && Status is not (LeadStatus.Cold or LeadStatus.SalesRejected);

    /// <summary>True while there is consent to contact the visitor.</summary>
    public bool HasConsent => ConsentGivenAt is not null;

    /// <summary>The company domain implied by the work email, which owner-first routing groups leads by.</summary>
    public string? CompanyDomain => WorkEmail?.CompanyDomain;

    /// <summary>True when the lead is the given visitor's own; conversations must check this before showing anything.</summary>
    public bool BelongsTo(VisitorKey visitor) => Visitor is not null && Visitor == visitor;

    /// <summary>True when the question has been answered already.</summary>
    public bool HasAnswered(string questionId) => _answers.ContainsKey(questionId);

    /// <summary>True when the slot already holds a value, e.g. an email known from an earlier visit, so its question is skipped.</summary>
    public bool HasValueFor(LeadField field) => field switch
    {
        LeadField.None => false,
        LeadField.Name => Name is not null,
        LeadField.WorkEmail => WorkEmail is not null,
        LeadField.Company => Company is not null,
        LeadField.Role => Role is not null,
        LeadField.Industry => Industry is not null,
        LeadField.CompanySize => CompanySize is not null,
        LeadField.Region => Region is not null,
        LeadField.Consent => _answers.Values.Any(a => a.Field == LeadField.Consent),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown lead field."),
    };
}
