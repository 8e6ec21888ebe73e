using System.ComponentModel.DataAnnotations;

namespace PipelineBot.Host.Endpoints;

/// <summary>
/// Who may read the pipeline over HTTP. Without a key the API is off and its routes do not exist (404): an API that
/// was never given a key must not be open.
/// </summary>
public sealed class ApiOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Api";

    /// <summary>A key shorter than this is too easy to guess.</summary>
    public const int MinimumKeyLength = 32;

    /// <summary>The clients and their keys; empty turns the API off.</summary>
    public List<ApiKey> Keys { get; set; } = [];

    /// <summary>True when at least one key is configured.</summary>
    public bool Enabled => Keys.Count > 0;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Keys.Count; i++)
        {
            var name = string.IsNullOrWhiteSpace(Keys[i].Name) ? $"Api:Keys:{i}" : $"API key '{Keys[i].Name}'";
            if (string.IsNullOrWhiteSpace(Keys[i].Name))
            {
                yield return new ValidationResult($"Api:Keys:{i} has no Name.", [nameof(Keys)]);
            }
            if (Keys[i].Key.Length < MinimumKeyLength)
            {
                yield return new ValidationResult($"{name} is shorter than {MinimumKeyLength} characters.", [nameof(Keys)]);
            }
        }
        foreach (var name in Keys.GroupBy(k => k.Name, StringComparer.Ordinal).Where(g => g.Key.Length > 0 && g.Count() > 1).Select(g => g.Key))
        {
            yield return new ValidationResult($"API key name '{name}' is used more than once.", [nameof(Keys)]);
        }
        if (Keys.GroupBy(k => k.Key, StringComparer.Ordinal).Any(g => g.Key.Length > 0 && g.Count() > 1))
        {
            yield return new ValidationResult("Two API keys have the same secret; give each client its own.", [nameof(Keys)]);
        }
    }
}
