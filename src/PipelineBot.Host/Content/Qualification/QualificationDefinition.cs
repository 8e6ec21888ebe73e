using PipelineBot.Sales.Qualification;

namespace PipelineBot.Host.Content.Qualification;

/// <summary>
/// One loaded script file, split the way the code uses it: the rules go to the domain, the wording stays in the host.
/// Both come from one file so a question and its wording can never drift apart.
/// </summary>
/// <param name="FilePath">The file both were read from, for log lines and errors.</param>
/// <param name="Script">The questions and their rules, already validated by the domain.</param>
/// <param name="Content">What the bot says for each question, in every language of the file.</param>
public sealed record QualificationDefinition(string FilePath, QualificationScript Script, QualificationContent Content);
