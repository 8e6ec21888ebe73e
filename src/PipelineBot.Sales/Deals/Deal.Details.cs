using System.Globalization;

namespace PipelineBot.Sales.Deals;

/// <summary>What reps record on a deal besides its stage: owner, value, expected close, next step and notes.</summary>
public sealed partial class Deal
{
    /// <summary>The longest next step kept; a step is a line, not a plan.</summary>
    public const int MaxNextStepLength = 500;

    /// <summary>The longest note kept.</summary>
    public const int MaxNoteLength = 4000;

    /// <summary>Makes a rep the deal's owner, e.g. after the lead was reassigned; the same owner again changes nothing.</summary>
    public void AssignOwner(string repId, Actor by, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repId);
        ArgumentNullException.ThrowIfNull(by);
        if (repId == OwnerRepId)
        {
            return;
        }
        Record(DealChangeKind.OwnerAssigned, OwnerRepId, repId, by, now);
        OwnerRepId = repId;
    }

    /// <summary>Sets what the deal is worth; the same value again changes nothing.</summary>
    public void SetValue(Money value, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(by);
        if (value == Value)
        {
            return;
        }
        Record(DealChangeKind.ValueSet, Value?.ToString(), value.ToString(), by, now);
        Value = value;
    }

    /// <summary>
    /// Sets the day the deal is expected to close. A later day than before is recorded as a push-back, which the
    /// pipeline checks flag; the same day again changes nothing.
    /// </summary>
    public void SetExpectedClose(DateOnly date, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (date == ExpectedClose)
        {
            return;
        }
        var kind = ExpectedClose is { } before && date > before ? DealChangeKind.ExpectedClosePushedBack : DealChangeKind.ExpectedCloseSet;
        Record(kind, ExpectedClose?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), by, now);
        ExpectedClose = date;
    }

    /// <summary>Sets (or replaces) what the owner will do next and by when.</summary>
    /// <exception cref="ArgumentException">The action is blank or longer than <see cref="MaxNextStepLength"/>.</exception>
    public void SetNextStep(string action, DateOnly due, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        var step = new NextStep(Trimmed(action, MaxNextStepLength, nameof(action)), due);
        if (step == NextStep)
        {
            return;
        }
        Record(DealChangeKind.NextStepSet, NextStep?.ToString(), step.ToString(), by, now);
        NextStep = step;
    }

    /// <summary>Adds a note, e.g. what a call brought. Notes are kept apart from <see cref="History"/>, which records changes.</summary>
    /// <exception cref="ArgumentException">The text is blank or longer than <see cref="MaxNoteLength"/>.</exception>
    public void AddNote(string text, Actor author, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(author);
        var note = new DealNote(author, now, Trimmed(text, MaxNoteLength, nameof(text)));
        if (now < LastActivityAt)
        {
            throw new ArgumentOutOfRangeException(nameof(now), now, $"Deal {Id} last changed at {LastActivityAt:O}; a note cannot predate it.");
        }
        _notes.Add(note);
    }

    private static string Trimmed(string text, int maxLength, string parameter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text, parameter);
        var trimmed = text.Trim();
        if (trimmed.Length > maxLength)
        {
            throw new ArgumentException($"At most {maxLength} characters, not {trimmed.Length}.", parameter);
        }
        return trimmed;
    }
}
