using System.Runtime.CompilerServices;
using Formulate.Engine.Parameters;
using Formulate.Web.Reproducibility;

namespace Formulate.Web.Components.Staff;

/// <summary>The branding of the configuration in force today, looked up for each page so a publish shows at once.</summary>
public sealed class StaffBrandingSource(EngineRegistry engines, TimeProvider time)
{
    private static readonly StaffBranding Unbranded = StaffBranding.Of(null);

    // Made once for each configuration's council details, not on every page: checking the logo reads the whole image,
    // and the details only change when a new configuration is published.
    private static readonly ConditionalWeakTable<CouncilDetails, StaffBranding> Branded = [];

    public StaffBranding Current() =>
        engines.InForceToday(time).Definition.Configuration.Council is { } council
            ? Branded.GetValue(council, StaffBranding.Of)
            : Unbranded;
}
