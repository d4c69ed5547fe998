using Formulate.Engine.Parameters;
using MudBlazor;

namespace Formulate.Web.Components.Staff;

/// <summary>What the staff screens show of the council whose configuration is in force: its name and its theme.</summary>
public sealed record StaffBranding(string CouncilName, MudTheme Theme)
{
    public static StaffBranding Of(CouncilDetails? council) =>
        new(string.IsNullOrWhiteSpace(council?.Name) ? "Formulate" : council.Name, StaffTheme.For(null));
}
