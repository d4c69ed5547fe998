namespace Formulate.Web.Components.Govuk;

/// <summary>The GOV.UK look of <see cref="ChoiceGroup"/>, for the citizen-facing pages.</summary>
public abstract partial class GovukChoices
{
    /// <summary>"govuk-radios": the block name of every class and the JavaScript module.</summary>
    protected abstract string Module { get; }
}
