namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>The languages the recognizers carry word tables for; anything else falls back to English.</summary>
internal enum RecognizerLanguage
{
    English,
    Russian,
    Serbian,
    Romanian,
    Czech,
}
