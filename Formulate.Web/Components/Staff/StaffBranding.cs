using Formulate.Engine.Parameters;
using MudBlazor;

namespace Formulate.Web.Components.Staff;

/// <summary>What the staff screens show of the council whose configuration is in force: its name, its theme and its logo.</summary>
public sealed record StaffBranding(string CouncilName, MudTheme Theme, string? Logo = null)
{
    public static StaffBranding Of(CouncilDetails? council) =>
        new(
            string.IsNullOrWhiteSpace(council?.Name) ? "Formulate" : council.Name,
            StaffTheme.For(council?.PrimaryColour),
            // A configuration imported with a logo the rules refuse keeps the name in text rather than a broken image.
            CouncilLogo.Problem(council?.Logo) is null ? council?.Logo : null);
}
