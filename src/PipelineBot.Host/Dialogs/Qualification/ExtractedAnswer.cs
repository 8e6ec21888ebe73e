using PipelineBot.Sales.Qualification;

namespace PipelineBot.Host.Dialogs.Qualification;

/// <summary>An answer to an open question found in a message that was answering another one.</summary>
/// <param name="Question">The question it answers.</param>
/// <param name="Value">What the domain stores: a choice id, an invariant number such as <c>50000</c>, or an email address.</param>
public sealed record ExtractedAnswer(QualificationQuestion Question, string Value);
