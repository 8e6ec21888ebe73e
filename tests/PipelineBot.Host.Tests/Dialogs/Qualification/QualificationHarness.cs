using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PipelineBot.Host.Content;
using PipelineBot.Host.Content.Qualification;
using PipelineBot.Host.Dialogs.Qualification;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Qualification;
using PipelineBot.Sales.Routing;
using PipelineBot.Storage;
using PipelineBot.Storage.Deals;
using PipelineBot.Storage.Leads;
using PipelineBot.Testing;

namespace PipelineBot.Host.Tests.Dialogs.Qualification;

/// <summary>
/// The qualification dialog over the shipped script and content, real domain services and LiteDB repositories in a
/// temp file, so the tests check what a conversation really leaves in the store.
/// </summary>
internal sealed class QualificationHarness : IDisposable
{
    public const string ChannelId = "test";
    public const string RepId = "rep-ana";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "pipelinebot-qualify-tests", Guid.NewGuid().ToString("N"));
    private readonly LiteDbContext _context;
    private readonly LiteDbWriter _writer;

    public QualificationHarness()
    {
        var options = Options.Create(new LiteDbStorageOptions { DatabasePath = Path.Combine(_root, "leads.db") });
        _context = new LiteDbContext(options);
        _writer = new LiteDbWriter(_context, options, TimeProvider.System, NullLogger<LiteDbWriter>.Instance);
        Leads = new LiteDbLeadRepository(_context, _writer);
        Deals = new LiteDbDealRepository(_context, _writer);
        Definition = QualificationScriptLoader.Load(Path.Combine(AppContext.BaseDirectory, "dialogs", "qualify-lead.yaml"));
        Text = new DialogText(Options.Create(new ContentOptions { DialogsPath = "dialogs", DefaultLocale = "en" }));
    }

    public LiteDbLeadRepository Leads { get; }

    public LiteDbDealRepository Deals { get; }

    public QualificationDefinition Definition { get; }

    public QualificationContent Content => Definition.Content;

    public DialogText Text { get; }

    /// <summary>A new conversation with the dialog; the same user id every time, so a second client is a returning visitor.</summary>
    public DialogTestClient Converse(string locale = "en-US")
    {
        var routing = new RoutingOptions { Reps = [new Rep { Id = RepId, DisplayName = "Ana" }] };
        var service = new LeadQualificationService(new LeadQualifier(new ScoringOptions()), new LeadRouter(routing), Leads, TimeProvider.System);
        var dialog = new QualifyLeadDialog(Text, Definition, Leads, service, new QualifyLeadOptions(), TimeProvider.System);
        return new DialogTestClient(new TestAdapter(ChannelId, locale), dialog);
    }

    public Task<Lead?> LeadAsync() => Leads.GetByVisitorAsync(new VisitorKey(ChannelId, VisitorUserId()));

    /// <summary>Sends one message and returns the text of every reply it produced.</summary>
    public static async Task<List<string>> SayAsync(DialogTestClient client, string text)
    {
        var replies = new List<string>();
        for (var reply = await client.SendActivityAsync<Activity>(text); reply is not null; reply = client.GetNextReply<Activity>())
        {
            replies.Add(reply.Text ?? string.Empty);
        }
        return replies;
    }

    public void Dispose()
    {
        _writer.Dispose();
        _context.Dispose();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static string VisitorUserId() => new TestAdapter(ChannelId).Conversation.User!.Id!;
}
