namespace Formulate.Web.Components.Staff;

/// <summary>
/// The staff look of <see cref="ChoiceGroup"/>, shared by <see cref="StaffRadios"/> and <see cref="StaffCheckboxes"/>; the
/// options are <see cref="Govuk.GovukChoiceItem"/>s, which carry no styling.
/// </summary>
public abstract partial class StaffChoices
{
    protected string Block => "staff-choices staff-choices--" + InputType;
}
