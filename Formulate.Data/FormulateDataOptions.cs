using System.ComponentModel.DataAnnotations;

namespace Formulate.Data;

public sealed class FormulateDataOptions : IValidatableObject
{
    public const string SectionName = "Formulate:Data";

    [EnumDataType(typeof(DatabaseProvider))]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// For SQLite, left empty means a file <c>formulate.db</c> in the application's content root.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Demo accounts (with a published password) and demo people. On for the demonstration
    /// set-up; a live council must turn it off, which also deactivates any demo accounts left behind.
    /// </summary>
    public bool SeedDemoData { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                $"{SectionName}:ConnectionString is required when {SectionName}:Provider is {Provider}.",
                [nameof(ConnectionString)]);
        }
    }
}
