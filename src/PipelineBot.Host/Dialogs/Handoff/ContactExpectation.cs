namespace PipelineBot.Host.Dialogs.Handoff;

/// <summary>When a visitor who asked for a person can expect a reply.</summary>
/// <param name="State">Whether the reply is promised within <paramref name="ReplyWithin"/> or after <paramref name="NextOpening"/>.</param>
/// <param name="ReplyWithin">How soon a person replies during opening hours.</param>
/// <param name="NextOpening">The start of the next opening period, in the company's offset at that moment.</param>
public sealed record ContactExpectation(OpeningState State, TimeSpan ReplyWithin, DateTimeOffset NextOpening);
