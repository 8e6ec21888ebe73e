namespace PipelineBot.Sales.Qualification;

/// <summary>How a question is asked, which fixes the form of its normalised value.</summary>
public enum PromptType
{
    /// <summary>Free text, trimmed; no markup, control characters or letter-less input.</summary>
    Text,

    /// <summary>An email address, lower-cased; see <see cref="EmailAddress"/>.</summary>
    Email,

    /// <summary>A non-localised decimal number, e.g. <c>50000</c> or <c>12.5</c>.</summary>
    Number,

    /// <summary>One of the question's choice ids.</summary>
    Choice,

    /// <summary><c>yes</c> or <c>no</c>.</summary>
    Confirm,
}
