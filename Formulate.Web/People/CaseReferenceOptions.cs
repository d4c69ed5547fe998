using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace Formulate.Web.People;

/// <summary>
/// What a case reference looks like in the council's case management system (<c>Formulate:People</c>), so that one
/// typed with a space, a tag or an emoji is caught where it is typed rather than where it fails to match later.
/// </summary>
public sealed class CaseReferenceOptions : IValidatableObject
{
    public const string Section = "Formulate:People";

    /// <summary>A .NET regular expression the whole reference must match (ignoring case).</summary>
    [Required]
    public string CaseReferencePattern { get; set; } = "^[A-Z0-9][A-Z0-9/-]{0,49}$";

    /// <summary>How the form's hint and message describe a valid reference, for practitioners.</summary>
    [Required]
    public string CaseReferenceDescription { get; set; } = "letters, numbers, hyphens (-) and slashes (/), like DEMO-0001";

    public Regex Pattern() =>
        new(CaseReferencePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        string? problem = null;
        try
        {
            _ = Pattern();
        }
        catch (ArgumentException exception)
        {
            problem = exception.Message;
        }

        if (problem is not null)
        {
            yield return new ValidationResult(
                $"{Section}:{nameof(CaseReferencePattern)} is not a regular expression ({problem}). Correct it, or remove it to use the default.",
                [nameof(CaseReferencePattern)]);
        }
    }
}
