using Formulate.Data.Parameters;
using Formulate.Engine.Parameters;
using Formulate.Web.Components.Govuk;

namespace Formulate.Web.Configuration;

/// <summary>
/// A new dated value for a parameter as typed, checked the same way wherever it is typed: on the parameter's own page
/// and in the rates page's dialog. Errors are keyed Value, From and Reference, as the fields are named.
/// </summary>
public sealed record ParameterValueForm(string? Value, string? FromDay, string? FromMonth, string? FromYear, string? Reference)
{
    public (FormErrors Errors, decimal Value, DateOnly From) Check(Parameter parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        var errors = new FormErrors();
        var (value, valueError) = ParameterGroups.IsYesNo(parameter)
            ? Value is "1" or "0" ? (decimal.Parse(Value, System.Globalization.CultureInfo.InvariantCulture), (string?)null) : (null, "Select yes or no")
            : FormInput.Number(Value, "the new value", 0m, ParameterGroups.IsMoney(parameter) ? 100_000m : 10_000m);
        var (from, fromError) = FormInput.Date(FromDay, FromMonth, FromYear, "the date it applies from");
        errors.Add("Value", valueError);
        errors.Add("From", fromError, "#From-day");
        errors.Add("Reference", string.IsNullOrWhiteSpace(Reference) ? "Enter the source or council decision that sets this value"
            : Reference.Length > DatedValue.MaxReferenceLength ? $"The source must be {DatedValue.MaxReferenceLength} characters or fewer" : null);
        return (errors, value ?? 0m, from ?? default);
    }

    /// <summary>The edit that adds the value to a draft, taking an optional decision the set lacks into it first.</summary>
    public static Func<ParameterSet, ParameterSet> Edit(string key, DateOnly from, decimal value, string reference) =>
        set => ParameterSetEdits.WithValue(OptionalDecisions.Including(set, key), key, from, value, reference);

    /// <summary>The store's refusal as error summary lines.</summary>
    public static FormErrors Refused(ParameterVersionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var errors = new FormErrors();
        errors.AddRange(result.Errors.Select(e => new GovukErrorSummaryItem($"{e.Where}: {e.Message}".TrimStart(' ', ':'))));
        return errors;
    }
}
