using Microsoft.Extensions.Options;
using PipelineBot.Host.Content;
using PipelineBot.Host.Content.Qualification;

namespace PipelineBot.Host.Tests.Dialogs.Qualification;

/// <summary>The shipped qualification script and dialog content, loaded as the host loads them.</summary>
internal sealed class QualificationHarness : IDisposable
{
    public QualificationHarness()
    {
        Definition = QualificationScriptLoader.Load(Path.Combine(AppContext.BaseDirectory, "dialogs", "qualify-lead.yaml"));
        Text = new DialogText(Options.Create(new ContentOptions { DialogsPath = "dialogs", DefaultLocale = "en" }));
    }

    public QualificationDefinition Definition { get; }

    public QualificationContent Content => Definition.Content;

    public DialogText Text { get; }

    public void Dispose()
    {
    }
}
