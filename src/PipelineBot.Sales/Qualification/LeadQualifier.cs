using PipelineBot.Sales.Leads;

namespace PipelineBot.Sales.Qualification;

/// <summary>
/// Decides Cold, MQL (marked for nurture) or SQL for a lead and applies it through the lead's verbs.
/// Order of rules: enough negative BANT dimensions → cold with their reasons; a total below the MQL threshold → cold;
/// a total at the SQL threshold, or a demo or quote request → SQL; otherwise MQL.
/// </summary>
public sealed class LeadQualifier
{
    private readonly ScoringOptions _options;
    private readonly BantScorer _bant;
    private readonly FitScorer _fit;
    private readonly EngagementScorer _engagement;

    /// <summary>Creates the qualifier and the scorers it combines over the same options.</summary>
    public LeadQualifier(ScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _bant = new BantScorer(options);
        _fit = new FitScorer(options);
        _engagement = new EngagementScorer(options);
    }

    /// <summary>Decides without changing the lead, e.g. to preview the outcome on a summary card.</summary>
    public QualificationDecision Decide(Lead lead, QualificationScript script)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(script);
        var bant = _bant.Score(script, lead.Answers.Values);
        var fit = _fit.Score(lead);
        var engagement = _engagement.Score(lead.Interactions);
        var answers = script.AnswerPoints(lead.Answers.Values);
        var total = (int)Math.Round(
            fit.Points * _options.FitWeight + engagement * _options.EngagementWeight + answers * _options.AnswersWeight,
            MidpointRounding.AwayFromZero);
        var score = new LeadScore(fit.Points, engagement, answers, total);

        if (bant.IsCold)
        {
            return new(LeadStatus.Cold, score, bant, fit, [.. bant.NegativeReasons.Select(r => r.ToString())]);
        }
        if (total < _options.MqlThreshold)
        {
            return new(LeadStatus.Cold, score, bant, fit, [$"score {total} is below the MQL threshold of {_options.MqlThreshold}"]);
        }
        var salesReasons = SalesReadiness(lead, total).ToList();
        return salesReasons.Count > 0
            ? new(LeadStatus.Sql, score, bant, fit, salesReasons)
            : new(LeadStatus.Mql, score, bant, fit, [$"score {total} is below the SQL threshold of {_options.SqlThreshold}; marked for nurture"]);
    }

    /// <summary>
    /// Decides and applies the outcome to the lead, recorded as a system decision at <paramref name="now"/>. An MQL the
    /// rules would now put on the cold list stays an MQL with the new score and reasons.
    /// </summary>
    /// <exception cref="SalesDomainException">The lead's status does not allow the outcome, e.g. it is cold already.</exception>
    public QualificationDecision Qualify(Lead lead, QualificationScript script, DateTimeOffset now)
    {
        var decision = Decide(lead, script);
        if (decision.Outcome == LeadStatus.Cold && lead.Status == LeadStatus.Mql)
        {
            // The funnel has no way back from MQL to cold: the lead stays nurtured, re-scored, with the new reasons.
            decision = decision with { Outcome = LeadStatus.Mql };
            lead.Qualify(LeadStatus.Mql, decision.Score, decision.Reasons, Actor.System, now);
            return decision;
        }
        if (decision.Outcome == LeadStatus.Cold)
        {
            lead.MarkCold(decision.Reasons, decision.Score, Actor.System, now);
        }
        else
        {
            lead.Qualify(decision.Outcome, decision.Score, decision.Reasons, Actor.System, now);
        }
        return decision;
    }

    private IEnumerable<string> SalesReadiness(Lead lead, int total)
    {
        if (total >= _options.SqlThreshold)
        {
            yield return $"score {total} reaches the SQL threshold of {_options.SqlThreshold}";
        }
        if (lead.DemoRequested)
        {
            yield return "asked for a demo";
        }
        if (lead.QuoteRequested)
        {
            yield return "asked for a quote";
        }
    }
}
