using System.Globalization;
using Microsoft.Extensions.Options;
using PipelineBot.Host.Bots;
using PipelineBot.Host.Cards;
using PipelineBot.Host.Content;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Meetings;
using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Host.Reps.Commands;

/// <summary>
/// The one place a rep's or manager's message or deal button becomes an answer: a message is recognised as a command
/// against the names of the deals the asker may see, then carried out within their <see cref="Principal.Scope"/> by
/// <see cref="DealCommands"/> (one deal) or <see cref="ReportCommands"/> (lists and figures). A deal named ambiguously
/// gets a card to pick it, an unknown one the list of known names; a deal a button names outside the scope is answered
/// exactly as one that does not exist, so a forged button learns nothing.
/// </summary>
public sealed class RepCommandDispatcher(
    RepCommandRecognizer recognizer,
    DealsInScope scoped,
    IDealRepository deals,
    PipelineCatalog pipelines,
    DealCommands dealCommands,
    ReportCommands reportCommands,
    DealQuestionCard questions,
    RepFormatter format,
    IOptions<AvailabilityOptions> availability,
    IDialogText text,
    TimeProvider time)
{
    /// <summary>Deal names the unknown-deal answer lists before it says how many more there are.</summary>
    public const int NamesListed = 10;

    /// <summary>Recognises the message and answers it.</summary>
    public async Task<Activity> HandleAsync(Principal principal, Activity message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(message);
        var said = TeamsMentions.Remove(message);
        var asker = AskerOf(principal, message);
        return await DispatchAsync(asker, await RecognizeAsync(asker, said, message.Locale, cancellationToken), said, picked: null, cancellationToken);
    }

    /// <summary>Acts on a deal button (an action starting with <see cref="CardActions.DealPrefix"/>) and answers it.</summary>
    public async Task<Activity> SubmitAsync(Principal principal, CardSubmit submit, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(submit);
        ArgumentNullException.ThrowIfNull(activity);
        var asker = AskerOf(principal, activity);
        if (!Guid.TryParse(submit.Field(CardActions.DealIdField), out var dealId) || await LoadAsync(asker, dealId, cancellationToken) is not { } deal)
        {
            return Say("reps.deal.missing");
        }
        var message = submit.Field(CardActions.MessageField) ?? string.Empty;
        return submit.Action switch
        {
            CardActions.DealShow => await dealCommands.ShowAsync(asker, deal, cancellationToken),
            CardActions.DealPick => await DispatchAsync(asker, await RecognizeAsync(asker, message, activity.Locale, cancellationToken), message, deal, cancellationToken),
            CardActions.DealMove => await dealCommands.MoveFromButtonAsync(asker, deal, submit, cancellationToken),
            CardActions.DealKeep => Say("reps.deal.kept", ("deal", format.DealName(deal.Company)), ("stage", deal.Stage)),
            CardActions.DealSnooze => await dealCommands.SnoozeAsync(asker, deal, submit.Field(CardActions.DaysField), cancellationToken),
            CardActions.DealNote => await dealCommands.AddNoteAsync(asker, deal, submit.Field(CardActions.NoteField), cancellationToken),
            CardActions.DealNextStep => await dealCommands.SetNextStepAsync(asker, deal, submit.Field(CardActions.StepField), Day(submit.Field(CardActions.DueField)), cancellationToken),
            _ => Help(principal),
        };
    }

    private async Task<Activity> DispatchAsync(Asker asker, RepCommand? command, string said, Deal? picked, CancellationToken cancellationToken) => command switch
    {
        StuckDealsCommand => await reportCommands.StuckAsync(asker, cancellationToken),
        PipelineSummaryCommand => await reportCommands.SummaryAsync(asker, cancellationToken),
        ForecastCommand forecast => await reportCommands.ForecastAsync(asker, forecast, cancellationToken),
        MetricsCommand metrics => await reportCommands.MetricsAsync(asker, metrics, cancellationToken),
        IdealPipelineCommand ideal => await reportCommands.IdealPipelineAsync(asker, ideal, cancellationToken),
        CallTodayCommand => await reportCommands.CallTodayAsync(asker, cancellationToken),
        ShowDealCommand show => await OnDealAsync(asker, show.Deal, said, picked, deal => dealCommands.ShowAsync(asker, deal, cancellationToken), cancellationToken),
        AdvanceDealCommand advance => await OnDealAsync(asker, advance.Deal, said, picked, deal => dealCommands.AdvanceAsync(asker, deal, advance.Stage, cancellationToken), cancellationToken),
        MarkDealWonCommand won => await OnDealAsync(asker, won.Deal, said, picked, deal => dealCommands.CloseAsync(asker, deal, DealOutcome.Won, null, cancellationToken), cancellationToken),
        MarkDealLostCommand lost => await OnDealAsync(asker, lost.Deal, said, picked, deal => dealCommands.CloseAsync(asker, deal, DealOutcome.Lost, lost.Reason, cancellationToken), cancellationToken),
        AddDealNoteCommand note => await OnDealAsync(asker, note.Deal, said, picked, deal => dealCommands.AddNoteAsync(asker, deal, note.Note, cancellationToken), cancellationToken),
        SetNextStepCommand step => await OnDealAsync(asker, step.Deal, said, picked, deal => dealCommands.SetNextStepAsync(asker, deal, step.Step, step.Due, cancellationToken), cancellationToken),
        _ => Help(asker.Principal),
    };

    // The deal the rep picked from a list of namesakes, else the one deal in scope the name matched.
    private async Task<Activity> OnDealAsync(Asker asker, NameMatch named, string said, Deal? picked, Func<Deal, Task<Activity>> act, CancellationToken cancellationToken)
    {
        if (picked is not null)
        {
            return await act(picked);
        }
        var open = await scoped.OpenAsync(asker.Principal.Scope, cancellationToken);
        var candidates = open.Where(d => d.Company is { } company && named.Matches.Contains(company, StringComparer.OrdinalIgnoreCase)).ToList();
        return candidates switch
        {
            [] => Unknown(named.Said, open, asker),
            [var one] => await LoadAsync(asker, one.Id, cancellationToken) is { } deal ? await act(deal) : Say("reps.deal.missing"),
            _ => MessageFactory.Attachment(questions.Pick(candidates, said), text.ForReps("reps.deal.ambiguous", ("said", named.Said))),
        };
    }

    private Activity Unknown(string said, IReadOnlyList<DealSummary> open, Asker asker)
    {
        var names = open.Select(d => d.Company).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var listed = string.Join(", ", names.Take(NamesListed));
        if (names.Count > NamesListed)
        {
            listed = text.ForReps("reps.deal.known.more", ("names", listed), ("count", format.Number(names.Count - NamesListed)));
        }
        var known = names.Count == 0 ? text.ForReps("reps.deal.known.none")
            : text.ForReps(asker.SeesEveryone ? "reps.deal.known.manager" : "reps.deal.known.rep", ("names", listed));
        return Say("reps.deal.unknown", ("said", said), ("known", known));
    }

    private async Task<Deal?> LoadAsync(Asker asker, Guid dealId, CancellationToken cancellationToken) =>
        await deals.GetAsync(dealId, cancellationToken) is { } deal && asker.Principal.Scope.Includes(deal.OwnerRepId) ? deal : null;

    private async Task<RepCommand?> RecognizeAsync(Asker asker, string said, string? locale, CancellationToken cancellationToken)
    {
        var now = TimeZoneInfo.ConvertTime(time.GetUtcNow(), asker.Zone).DateTime;
        var stages = pipelines.Pipelines.SelectMany(p => p.Stages).Select(s => s.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return recognizer.Recognize(said, new RepCommandContext(await scoped.NamesAsync(asker.Principal.Scope, cancellationToken), stages, now, locale));
    }

    private Asker AskerOf(Principal principal, Activity activity) =>
        new(principal, activity.GetUserTimeZone() ?? availability.Value.For(principal.Id).TimeZone);

    private static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private Activity Help(Principal principal) => Say("reps.help",
        ("name", principal.Name),
        ("scope", text.ForReps(principal.Role == PrincipalRole.Manager ? "reps.scope.manager" : "reps.scope.rep")));

    private Activity Say(string key, params (string Name, string Value)[] values) => MessageFactory.Text(text.ForReps(key, values));
}
