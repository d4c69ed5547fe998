using System.ComponentModel.DataAnnotations;

namespace Formulate.Web.Api;

public sealed class FormulateApiOptions : IValidatableObject
{
    public const string SectionName = "Formulate:Api";

    public const int MinProvisionedKeyLength = 32;

    /// <summary>
    /// One key set by the council's deployment (environment variable <c>Formulate__Api__ProvisionedKey</c>),
    /// for systems that must work before anyone has signed in to create keys. Empty: none.
    /// </summary>
    public string? ProvisionedKey { get; set; }

    /// <summary>Requests with a larger body are refused with 413 before they are read any further.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(ProvisionedKey) && ProvisionedKey.Trim().Length < MinProvisionedKeyLength)
        {
            yield return new ValidationResult(
                $"{SectionName}:ProvisionedKey must be at least {MinProvisionedKeyLength} characters long; use a random value.",
                [nameof(ProvisionedKey)]);
        }
    }
}
