using PipelineBot.Sales.Qualification;
using YamlDotNet.RepresentationModel;

namespace PipelineBot.Host.Content.Qualification;

/// <summary>The file as read, before the domain checks it; keeps each question's node to put lines on domain problems.</summary>
internal sealed record ParsedScript(IReadOnlyList<string> Locales, IReadOnlyList<ParsedQuestion> Questions);

/// <summary>One question's rules and wording, and where it starts in the file.</summary>
internal sealed record ParsedQuestion(QualificationQuestion Question, QuestionContent Content, YamlNode Node);
