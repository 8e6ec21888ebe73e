using Microsoft.Extensions.Time.Testing;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Qualification;
using PipelineBot.Sales.Tests.Qualification;

namespace PipelineBot.Sales.Tests.Leads;

/// <summary>Builds leads in a given state through the aggregate's own verbs, so every built lead is a reachable one.</summary>
internal sealed class LeadBuilder
{
    public static readonly DateTimeOffset Epoch = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    private readonly List<(string Question, string Value)> _answers = [];
    private QualificationScript _script = TestScript.Bant();
    private Guid _id = Guid.NewGuid();
    private VisitorKey _visitor = new("webchat", "visitor-1");
    private FakeTimeProvider _time = new(Epoch);
    private int _interactions;
    private bool _demo;
    private LeadStatus _status = LeadStatus.New;
    private string? _owner;

    public LeadBuilder WithId(Guid id) { _id = id; return this; }

    public LeadBuilder ForVisitor(string channelId, string userId) { _visitor = new(channelId, userId); return this; }

    public LeadBuilder WithClock(FakeTimeProvider time) { _time = time; return this; }

    public LeadBuilder WithScript(QualificationScript script) { _script = script; return this; }

    public LeadBuilder WithAnswer(string questionId, string value) { _answers.Add((questionId, value)); return this; }

    public LeadBuilder WithAnswers(IEnumerable<(string Question, string Value)> answers) { _answers.AddRange(answers); return this; }

    public LeadBuilder WithEmail(string email) => WithAnswer("email", email);

    public LeadBuilder WithInteractions(int count) { _interactions = count; return this; }

    public LeadBuilder WithDemoRequest() { _demo = true; return this; }

    public LeadBuilder Engaged() { _status = LeadStatus.Engaged; return this; }

    public LeadBuilder AsMql() { _status = LeadStatus.Mql; return this; }

    public LeadBuilder AsCold() { _status = LeadStatus.Cold; return this; }

    public LeadBuilder AsSql(string? owner = "alice") { _status = LeadStatus.Sql; _owner = owner; return this; }

    public Lead Build()
    {
        var now = _time.GetUtcNow();
        var lead = Lead.Start(_id, _visitor, now);
        if (_answers.Any(a => Lead.IsPersonalField(_script.Find(a.Question)!.Field)))
        {
            // Personal answers are recorded only with consent, so a lead built with them has consented first.
            lead.GiveConsent(now);
        }
        foreach (var (question, value) in _answers)
        {
            lead.RecordAnswer(_script.Find(question)!, value, value, now);
        }
        for (var i = 0; i < _interactions; i++)
        {
            lead.RecordInteraction(now);
        }
        if (_demo)
        {
            lead.RequestDemo(now);
        }
        if (_status != LeadStatus.New && lead.Status == LeadStatus.New)
        {
            lead.RecordInteraction(now);
        }
        switch (_status)
        {
            case LeadStatus.Cold: lead.MarkCold(["built cold"], LeadScore.Zero, Actor.System, now); break;
            case LeadStatus.Mql: lead.Qualify(LeadStatus.Mql, LeadScore.Zero, ["built as MQL"], Actor.System, now); break;
            case LeadStatus.Sql:
                lead.Qualify(LeadStatus.Sql, LeadScore.Zero, ["built as SQL"], Actor.System, now);
                if (_owner is not null)
                {
                    lead.AssignOwner(_owner, AssignmentMethod.RoundRobin, now);
                }
                break;
        }
        return lead;
    }
}
